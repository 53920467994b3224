package org.presalesbridge.api;

/**
 * A create sent with {@code Prefer: respond-async} names an external id whose create was accepted before, with other
 * content or from another API client, and is not delivered yet: {@code 409}; the earlier request's status resource
 * tells how it ends.
 */
public final class AcceptedCreateConflict extends RuntimeException {

    private final String requestPath;

    public AcceptedCreateConflict(String externalId, String requestPath) {
        super("A create of externalId " + externalId + " with other content, or from another client, was accepted "
                + "before and is not delivered yet (" + requestPath + "); a create never makes a second document of "
                + "one externalId.");
        this.requestPath = requestPath;
    }

    public String requestPath() {
        return requestPath;
    }
}
