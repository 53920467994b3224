package org.presalesbridge.api;

/** A request the adapter does not read at all: too large (413) or not JSON (415). */
public final class RequestNotAcceptable extends RuntimeException {

    private final int status;

    private RequestNotAcceptable(int status, String message) {
        super(message);
        this.status = status;
    }

    public static RequestNotAcceptable tooLarge(long limit) {
        return new RequestNotAcceptable(413, "The body is larger than " + limit + " bytes (setting api.max-body-size).");
    }

    public static RequestNotAcceptable notJson(String contentType) {
        return new RequestNotAcceptable(415, "The body must be application/json, not "
                + (contentType == null || contentType.isBlank() ? "a body without Content-Type" : contentType) + ".");
    }

    public int status() {
        return status;
    }
}
