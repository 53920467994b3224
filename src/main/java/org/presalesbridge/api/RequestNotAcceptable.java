package org.presalesbridge.api;

/** A request the adapter does not read at all: too large (413), not JSON or not in UTF-8 (415). */
public final class RequestNotAcceptable extends RuntimeException {

    private final int status;

    private RequestNotAcceptable(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A body over {@code limit} bytes, the value of {@code setting}. */
    public static RequestNotAcceptable tooLarge(long limit, String setting) {
        return new RequestNotAcceptable(413, "The body is larger than " + limit + " bytes (setting " + setting + ").");
    }

    public static RequestNotAcceptable notJson(String contentType) {
        return new RequestNotAcceptable(415, "The body must be application/json, not "
                + (contentType == null || contentType.isBlank() ? "a body without Content-Type" : contentType) + ".");
    }

    /** A JSON body declared in a charset other than UTF-8. */
    public static RequestNotAcceptable notUtf8(String charset) {
        return new RequestNotAcceptable(415, "The body must be JSON in UTF-8 (RFC 8259), not in charset " + charset
                + ": send it as UTF-8, with charset=utf-8 or no charset.");
    }

    public int status() {
        return status;
    }
}
