package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A schedule line (VBEP): number ETENR ("0001"), requested date EDATU, quantity WMENG in the sales unit. */
public record ScheduleLine(String number, LocalDate requestedDate, BigDecimal quantity) {
}
