package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A schedule line a caller sends (BAPISCHDL with BAPISCHDLX): update flag, item ITM_NUMBER, line
 * SCHED_LINE (blank: SD numbers it), REQ_DATE and REQ_QTY (null: not flagged in a change).
 */
public record ScheduleLineInput(char updateFlag, String item, String number, LocalDate requestedDate,
                                BigDecimal quantity) {
}
