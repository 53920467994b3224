package com.sap.conn.jco;

/** A classic exception raised by the ABAP function module (RAISE key). */
public class AbapException extends JCoException {
    static final long serialVersionUID = 20050909001L;

    public AbapException(String key) {
        super(JCO_ERROR_ABAP_EXCEPTION, key, key);
    }

    public AbapException(String key, String message) {
        super(JCO_ERROR_ABAP_EXCEPTION, key, message);
    }
}
