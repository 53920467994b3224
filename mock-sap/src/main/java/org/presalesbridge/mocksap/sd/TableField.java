package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.Function;

/**
 * A field of a database table as the ABAP dictionary describes it: name, type (C char, N numeric
 * text, D date, T time, P packed), length, decimals, output length, text; whether it is a key field
 * and whether a change of it is written to the change documents. Values come out in SAP's internal
 * format: dates yyyyMMdd, numbers with a decimal point and no grouping.
 */
public record TableField<T>(String name, char type, int length, int decimals, int outputLength, String text,
                            boolean key, boolean logged, Function<T, Object> value) {

    static <T> TableField<T> key(String name, char type, int length, String text, Function<T, Object> value) {
        return new TableField<>(name, type, length, 0, length, text, true, false, value);
    }

    static <T> TableField<T> chars(String name, int length, String text, Function<T, Object> value) {
        return new TableField<>(name, 'C', length, 0, length, text, false, true, value);
    }

    static <T> TableField<T> numc(String name, int length, String text, Function<T, Object> value) {
        return new TableField<>(name, 'N', length, 0, length, text, false, true, value);
    }

    static <T> TableField<T> date(String name, String text, Function<T, Object> value) {
        return new TableField<>(name, 'D', 8, 0, 10, text, false, true, value);
    }

    static <T> TableField<T> time(String name, String text, Function<T, Object> value) {
        return new TableField<>(name, 'T', 6, 0, 8, text, false, true, value);
    }

    static <T> TableField<T> packed(String name, int length, int decimals, int outputLength, String text,
                                    Function<T, Object> value) {
        return new TableField<>(name, 'P', length, decimals, outputLength, text, false, true, value);
    }

    /** The field kept out of change documents (creation stamps, derived statuses). */
    static <T> TableField<T> unlogged(TableField<T> field) {
        return new TableField<>(field.name, field.type, field.length, field.decimals, field.outputLength, field.text,
                field.key, false, field.value);
    }

    /** The field's value of a row in SAP's internal format. */
    public String format(T row) {
        Object raw = value.apply(row);
        return switch (type) {
            case 'D' -> Dates.dats((LocalDate) raw);
            case 'T' -> Dates.tims((LocalTime) raw);
            case 'P' -> raw == null ? BigDecimal.ZERO.setScale(decimals).toPlainString()
                    : ((BigDecimal) raw).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
            case 'N' -> numc(raw);
            default -> raw == null ? "" : raw.toString();
        };
    }

    private String numc(Object raw) {
        String digits = raw == null ? "" : raw.toString();
        return digits.length() >= length ? digits : "0".repeat(length - digits.length()) + digits;
    }
}
