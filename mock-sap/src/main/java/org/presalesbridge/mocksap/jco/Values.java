package org.presalesbridge.mocksap.jco;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;

import com.sap.conn.jco.ConversionException;
import com.sap.conn.jco.JCoMetaData;

/**
 * Conversions between Java values and the stored form of each ABAP type, following JCo:
 * CHAR/STRING as String, NUMC as a digit string of the field's length, DATS as "yyyyMMdd", TIMS as
 * "HHmmss", BCD as BigDecimal with the field's decimals, INT as Integer, FLOAT as Double.
 */
final class Values {
    private static final DateTimeFormatter DATS = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3])[0-5][0-9][0-5][0-9]");
    private static final String INITIAL_DATE = "00000000";

    private Values() {
    }

    /** The stored form of {@code value} for {@code field}; null clears the field. */
    static Object toStored(String owner, FieldMeta field, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.type()) {
            case JCoMetaData.TYPE_CHAR -> toChar(owner, field, value);
            case JCoMetaData.TYPE_STRING -> text(value);
            case JCoMetaData.TYPE_NUM -> toNumc(field, value);
            case JCoMetaData.TYPE_DATE -> toDate(field, value);
            case JCoMetaData.TYPE_TIME -> toTime(field, value);
            case JCoMetaData.TYPE_BCD -> toBcd(field, value);
            case JCoMetaData.TYPE_INT, JCoMetaData.TYPE_INT1, JCoMetaData.TYPE_INT2 -> toInt(field, value);
            case JCoMetaData.TYPE_FLOAT -> value instanceof Number number ? number.doubleValue()
                    : toDecimal(field, value).doubleValue();
            default -> throw new ConversionException("Cannot assign a " + value.getClass().getSimpleName()
                    + " to field " + field.name() + " of type " + field.typeName());
        };
    }

    private static String text(Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).format(DATS);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static String toChar(String owner, FieldMeta field, Object value) {
        String text = text(value);
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        text = text.substring(0, end);
        if (text.length() > field.length()) {
            String kept = text.substring(0, field.length());
            TruncationLedger.record(owner, field.name(), text.length(), field.length(), kept);
            return kept;
        }
        return text;
    }

    private static String toNumc(FieldMeta field, Object value) {
        String digits = text(value).strip();
        if (digits.isEmpty()) {
            return null;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                throw new ConversionException("Cannot convert value '" + digits + "' to NUMC field " + field.name()
                        + ": only digits are allowed");
            }
        }
        int start = 0; // leading zeros off, one kept of "000": a loop, as it runs for every NUMC value of every call
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        String significant = digits.substring(start);
        if (significant.length() > field.length()) {
            throw new ConversionException("Value '" + digits + "' is too long for NUMC field " + field.name()
                    + " of length " + field.length());
        }
        return "0".repeat(field.length() - significant.length()) + significant;
    }

    private static String toDate(FieldMeta field, Object value) {
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault()).format(DATS);
        }
        if (value instanceof LocalDate date) {
            return date.format(DATS);
        }
        String text = text(value).strip().replace("-", "");
        if (text.isEmpty() || text.equals(INITIAL_DATE)) {
            return null;
        }
        try {
            return LocalDate.parse(text, DATS).format(DATS);
        } catch (DateTimeParseException e) {
            throw new ConversionException("Cannot convert '" + value + "' to a date for field " + field.name(), e);
        }
    }

    private static String toTime(FieldMeta field, Object value) {
        if (value instanceof Date date) {
            return LocalTime.ofInstant(date.toInstant(), ZoneId.systemDefault())
                    .format(DateTimeFormatter.ofPattern("HHmmss"));
        }
        String text = text(value).strip().replace(":", "");
        if (text.isEmpty() || text.equals("000000")) {
            return null;
        }
        if (!TIME.matcher(text).matches()) {
            throw new ConversionException("Cannot convert '" + value + "' to a time for field " + field.name());
        }
        return text;
    }

    private static BigDecimal toBcd(FieldMeta field, Object value) {
        BigDecimal decimal = toDecimal(field, value).setScale(field.decimals(), RoundingMode.HALF_UP);
        if (decimal.precision() - decimal.scale() > field.length() - field.decimals()) {
            throw new ConversionException("Value " + decimal.toPlainString() + " is too large for field "
                    + field.name() + " (BCD " + field.length() + "," + field.decimals() + ")");
        }
        return decimal;
    }

    private static Integer toInt(FieldMeta field, Object value) {
        BigDecimal decimal = toDecimal(field, value);
        try {
            return decimal.intValueExact();
        } catch (ArithmeticException e) {
            throw new ConversionException("Value " + value + " is not an integer for field " + field.name(), e);
        }
    }

    private static BigDecimal toDecimal(FieldMeta field, Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number number) {
            return BigDecimal.valueOf(number.doubleValue());
        }
        String text = text(value).strip();
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new ConversionException("Cannot convert '" + text + "' to a number for field " + field.name(), e);
        }
    }

    // ---- reading

    static String asString(FieldMeta field, Object stored) {
        return switch (field.type()) {
            case JCoMetaData.TYPE_NUM -> stored == null ? "0".repeat(field.length()) : (String) stored;
            case JCoMetaData.TYPE_DATE -> stored == null ? INITIAL_DATE : (String) stored;
            case JCoMetaData.TYPE_TIME -> stored == null ? "000000" : (String) stored;
            case JCoMetaData.TYPE_BCD -> stored == null
                    ? BigDecimal.ZERO.setScale(field.decimals()).toPlainString() : ((BigDecimal) stored).toPlainString();
            case JCoMetaData.TYPE_INT, JCoMetaData.TYPE_INT1, JCoMetaData.TYPE_INT2 -> stored == null ? "0"
                    : stored.toString();
            case JCoMetaData.TYPE_FLOAT -> stored == null ? "0.0" : stored.toString();
            default -> stored == null ? "" : stored.toString();
        };
    }

    static BigDecimal asDecimal(FieldMeta field, Object stored) {
        if (stored == null) {
            return field.type() == JCoMetaData.TYPE_BCD ? BigDecimal.ZERO.setScale(field.decimals()) : BigDecimal.ZERO;
        }
        if (stored instanceof BigDecimal decimal) {
            return decimal;
        }
        if (stored instanceof Integer integer) {
            return BigDecimal.valueOf(integer);
        }
        if (stored instanceof Double number) {
            return BigDecimal.valueOf(number);
        }
        if (field.type() == JCoMetaData.TYPE_DATE || field.type() == JCoMetaData.TYPE_TIME) {
            throw new ConversionException("Cannot read " + field.typeName() + " field " + field.name() + " as a number");
        }
        try {
            return new BigDecimal(((String) stored).strip());
        } catch (NumberFormatException e) {
            throw new ConversionException("Cannot convert '" + stored + "' of field " + field.name()
                    + " to a number", e);
        }
    }

    static Date asDate(FieldMeta field, Object stored) {
        if (stored == null) {
            return null;
        }
        if (field.type() == JCoMetaData.TYPE_TIME) {
            LocalTime time = LocalTime.parse((String) stored, DateTimeFormatter.ofPattern("HHmmss"));
            return Date.from(time.atDate(LocalDate.of(1970, 1, 1)).atZone(ZoneId.systemDefault()).toInstant());
        }
        if (field.type() != JCoMetaData.TYPE_DATE && field.type() != JCoMetaData.TYPE_CHAR
                && field.type() != JCoMetaData.TYPE_STRING) {
            throw new ConversionException("Cannot read " + field.typeName() + " field " + field.name() + " as a date");
        }
        String text = ((String) stored).replace("-", "");
        if (text.isBlank() || text.equals(INITIAL_DATE)) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(text, DATS).atStartOfDay(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException e) {
            throw new ConversionException("Cannot convert '" + stored + "' of field " + field.name() + " to a date", e);
        }
    }

    /** What {@code getValue} returns: the Java type JCo uses for the ABAP type. */
    static Object asValue(FieldMeta field, Object stored) {
        return switch (field.type()) {
            case JCoMetaData.TYPE_DATE, JCoMetaData.TYPE_TIME -> asDate(field, stored);
            case JCoMetaData.TYPE_BCD -> asDecimal(field, stored);
            case JCoMetaData.TYPE_INT, JCoMetaData.TYPE_INT1, JCoMetaData.TYPE_INT2 -> stored == null ? 0 : stored;
            case JCoMetaData.TYPE_FLOAT -> stored == null ? 0.0 : stored;
            default -> asString(field, stored);
        };
    }
}
