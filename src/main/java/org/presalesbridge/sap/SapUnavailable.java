package org.presalesbridge.sap;

/** SAP cannot be reached (connection, logon, pool exhausted); the message says so without internals. */
public final class SapUnavailable extends RuntimeException {

    private final long retryAfterSeconds;
    private final boolean logonRefused;

    public SapUnavailable(String message, Throwable cause) {
        this(message, cause, 0);
    }

    /** With the seconds after which the adapter expects to call SAP again (the answer's Retry-After). */
    public SapUnavailable(String message, Throwable cause, long retryAfterSeconds) {
        this(message, cause, retryAfterSeconds, false);
    }

    private SapUnavailable(String message, Throwable cause, long retryAfterSeconds, boolean logonRefused) {
        super(message, cause);
        this.retryAfterSeconds = retryAfterSeconds;
        this.logonRefused = logonRefused;
    }

    /**
     * SAP answered, and refused the logon (user, password, client): trying again at once cannot help, and every
     * failed logon counts towards SAP locking the user (profile parameter {@code login/fails_to_user_lock}).
     */
    public static SapUnavailable logonRefused(String message, Throwable cause) {
        return new SapUnavailable(message, cause, 0, true);
    }

    /** All {@code connections} are in use and none came free within the bulkhead's wait: 503, again in 1 s. */
    public static SapUnavailable allConnectionsBusy(int connections) {
        return new SapUnavailable("All " + connections + " SAP connections are busy; send the request again shortly.",
                null, 1);
    }

    /** The request thread was interrupted (the adapter stops) while it waited for a free connection. */
    public static SapUnavailable stoppedWaiting(InterruptedException cause) {
        return new SapUnavailable("The adapter stopped waiting for a free SAP connection.", cause, 1);
    }

    public boolean isLogonRefused() {
        return logonRefused;
    }

    /** Seconds until the adapter calls SAP again; 0 when it does not know (SAP did not answer this call). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
