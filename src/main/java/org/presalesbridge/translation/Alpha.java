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
        String digits = withoutLeadingZeros(trimmed);
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
        return withoutLeadingZeros(trimmed);
    }

    /** Whether a value fits into a field of {@code length} characters once converted. */
    public static boolean fits(String value, int length) {
        String trimmed = value.strip();
        String significant = isNumeric(trimmed) ? withoutLeadingZeros(trimmed) : trimmed;
        return !significant.isEmpty() && significant.length() <= length;
    }

    /**
     * The value without its leading zeros, one zero kept of a value that has only zeros ("000" becomes "0"). A loop,
     * not a regular expression: it runs for every number of every request and answer.
     */
    static String withoutLeadingZeros(String value) {
        int start = 0;
        while (start < value.length() - 1 && value.charAt(start) == '0') {
            start++;
        }
        return value.substring(start);
    }

    static boolean isNumeric(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
