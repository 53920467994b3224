package org.presalesbridge.mocksap.sd;

/**
 * One message as SAP reports it in a BAPIRET2 row: TYPE (S, I, W, E, A), ID (message class),
 * NUMBER, MESSAGE (the text with its variables filled in), MESSAGE_V1..V4, PARAMETER, ROW, FIELD.
 */
public record SdMessage(char type, String id, String number, String message, String v1, String v2, String v3,
                        String v4, String parameter, int row, String field) {

    public boolean isError() {
        return type == 'E' || type == 'A';
    }

    /** The same message pointed at a parameter of the function, a row of it (1-based) and a field. */
    public SdMessage at(String parameter, int row, String field) {
        return new SdMessage(type, id, number, message, v1, v2, v3, v4, parameter, row, field);
    }

    /** The same text with other MESSAGE_V1..V4, as SAP does for V4 233 (V1 = VBAKKOM). */
    public SdMessage withVariables(String v1, String v2, String v3, String v4) {
        return new SdMessage(type, id, number, message, v1, v2, v3, v4, parameter, row, field);
    }
}
