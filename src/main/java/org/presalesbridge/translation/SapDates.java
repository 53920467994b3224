package org.presalesbridge.translation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/**
 * Dates between the CRM (ISO-8601, {@code 2025-03-31}) and SAP (DATS, {@code 20250331}; the empty date is
 * {@code 00000000}). JCo hands DATS fields over as {@link Date} at midnight of the JVM's zone.
 */
public final class SapDates {

    private static final DateTimeFormatter DATS = DateTimeFormatter.BASIC_ISO_DATE;

    private SapDates() {
    }

    public static Date toJco(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    /** The date of a JCo DATS value, or null for SAP's empty date. */
    public static LocalDate fromJco(Date date) {
        if (date == null) {
            return null;
        }
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    public static String toDats(LocalDate date) {
        return date == null ? "00000000" : DATS.format(date);
    }

    /** The date of a DATS text, or null for the empty date ({@code 00000000} or blank). */
    public static LocalDate fromDats(String dats) {
        if (dats == null || dats.isBlank() || dats.strip().equals("00000000")) {
            return null;
        }
        return LocalDate.parse(dats.strip(), DATS);
    }
}
