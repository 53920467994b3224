package org.presalesbridge.sap;

/** SAP cannot be reached (connection, logon, pool exhausted); the message says so without internals. */
public final class SapUnavailable extends RuntimeException {

    private final long retryAfterSeconds;

    public SapUnavailable(String message, Throwable cause) {
        this(message, cause, 0);
    }

    /** With the seconds after which the adapter expects to call SAP again (the answer's Retry-After). */
    public SapUnavailable(String message, Throwable cause, long retryAfterSeconds) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds until the adapter calls SAP again; 0 when it does not know (SAP did not answer this call). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
