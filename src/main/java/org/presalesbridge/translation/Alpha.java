package org.presalesbridge.translation;

/**
 * SAP's ALPHA conversion, which RFC does not run for us: a purely numeric customer or document number is
 * zero-padded to its field length on the way in ("1000" becomes "0000001000" for KUNNR) and stripped on the way
 * out, so that the CRM's "1000" round-trips; a value with letters is taken as it is, upper-cased.
 */
public final class Alpha {

    private Alpha() {
    }

    /** The internal format of a value for a field of {@code length} characters. */
    public static String toSap(String value, int length) {
        String trimmed = value.strip();
        if (!isNumeric(trimmed)) {
            return trimmed.toUpperCase(java.util.Locale.ROOT);
        }
        String digits = trimmed.replaceFirst("^0+(?=.)", "");
        if (digits.length() > length) {
            throw new IllegalArgumentException("'" + value + "' does not fit into " + length + " characters");
        }
        return "0".repeat(length - digits.length()) + digits;
    }

    /** The external format: leading zeros of a numeric value removed, blanks trimmed. */
    public static String toCrm(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        if (!isNumeric(trimmed)) {
            return trimmed;
        }
        return trimmed.replaceFirst("^0+(?=.)", "");
    }

    /** Whether a value fits into a field of {@code length} characters once converted. */
    public static boolean fits(String value, int length) {
        String trimmed = value.strip();
        String significant = isNumeric(trimmed) ? trimmed.replaceFirst("^0+(?=.)", "") : trimmed;
        return !significant.isEmpty() && significant.length() <= length;
    }

    static boolean isNumeric(String value) {
        return !value.isEmpty() && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
