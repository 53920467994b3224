package org.presalesbridge.mocksap.sd.masterdata;

import java.util.Locale;

/**
 * SAP's conversion exits ALPHA and MATN1, which the GUI runs and RFC does not. mock-sap uses them to
 * read its own CSV files (a person may write "1000" for customer 0000001000) and to write numbers
 * into message texts the way SAP does ("Quotation 20000012 has been saved"). Function modules never
 * run them on what a caller sends: "1000" is not customer 0000001000 over RFC.
 */
public final class ConversionExits {

    /** KUNNR, VBELN: 10 characters. */
    public static final int ALPHA_LENGTH = 10;
    /** MATNR in the 18-character form (MATN1). */
    public static final int MATERIAL_LENGTH = 18;

    private ConversionExits() {
    }

    /** ALPHA input: a purely numeric value is zero-padded to the field length, anything else is upper-cased. */
    public static String alphaInput(String value, int length) {
        String trimmed = value == null ? "" : value.strip();
        if (!trimmed.isEmpty() && trimmed.length() <= length && trimmed.chars().allMatch(Character::isDigit)) {
            return "0".repeat(length - trimmed.length()) + trimmed;
        }
        return trimmed.toUpperCase(Locale.ROOT);
    }

    public static String alphaInput(String value) {
        return alphaInput(value, ALPHA_LENGTH);
    }

    public static String materialInput(String value) {
        return alphaInput(value, MATERIAL_LENGTH);
    }

    /** ALPHA output: leading zeros of a numeric value go. */
    public static String alphaOutput(String value) {
        if (value == null || value.isEmpty() || !value.chars().allMatch(Character::isDigit)) {
            return value == null ? "" : value;
        }
        int first = 0;
        while (first < value.length() - 1 && value.charAt(first) == '0') {
            first++;
        }
        return value.substring(first);
    }
}
