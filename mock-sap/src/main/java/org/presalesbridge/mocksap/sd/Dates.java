package org.presalesbridge.mocksap.sd;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/** SAP's internal date and time formats: DATS yyyyMMdd (00000000 empty), TIMS HHmmss. */
public final class Dates {

    public static final String EMPTY_DATE = "00000000";
    private static final DateTimeFormatter DATS = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter TIMS = DateTimeFormatter.ofPattern("HHmmss");

    private Dates() {
    }

    public static String dats(LocalDate date) {
        return date == null ? EMPTY_DATE : DATS.format(date);
    }

    public static String tims(LocalTime time) {
        return time == null ? "000000" : TIMS.format(time);
    }
}
