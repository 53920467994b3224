package com.sap.conn.jco.ext;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoRuntimeException;

/** A DestinationDataProvider could not supply a destination's data. */
public class DataProviderException extends JCoRuntimeException {
    static final long serialVersionUID = 1L;

    /** Why the provider failed. */
    public enum Reason { INTERNAL_ERROR, INVALID_CONFIGURATION }

    private final Reason reason;

    public DataProviderException(Reason reason, String message, Throwable cause) {
        super(JCoException.JCO_ERROR_DATA_PROVIDER_ERROR, "JCO_ERROR_DATA_PROVIDER_ERROR", message, cause);
        this.reason = reason;
    }

    public Reason getReason() {
        return reason;
    }
}
