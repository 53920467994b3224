package org.presalesbridge.sap;

/** SAP cannot be reached (connection, logon, pool exhausted); the message says so without internals. */
public final class SapUnavailable extends RuntimeException {

    public SapUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
