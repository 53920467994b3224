package com.sap.conn.jco;

/** A value that does not fit the field's ABAP type (letters in a NUMC field, an invalid date …). */
public class ConversionException extends JCoRuntimeException {
    static final long serialVersionUID = 20050909001L;

    public ConversionException(String message) {
        super(JCoException.JCO_ERROR_CONVERSION, "JCO_ERROR_CONVERSION", message);
    }

    public ConversionException(String message, Throwable cause) {
        super(JCoException.JCO_ERROR_CONVERSION, "JCO_ERROR_CONVERSION", message, cause);
    }
}
