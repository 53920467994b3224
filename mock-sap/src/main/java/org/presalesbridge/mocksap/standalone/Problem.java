package org.presalesbridge.mocksap.standalone;

import java.util.Map;

/**
 * An admin API error answered as {@code application/problem+json} (RFC 9457): the HTTP status, a
 * short title, what went wrong, and extension members (field errors, SAP messages).
 */
public final class Problem extends RuntimeException {

    /** Problem types are names, not pages: a URN (RFC 9457 allows any URI). */
    static final String TYPE_BASE = "urn:presales-bridge:mock-sap:problem:";

    private final int status;
    private final String type;
    private final String title;
    private final Map<String, Object> extensions;

    public Problem(int status, String type, String title, String detail, Map<String, Object> extensions) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.extensions = Map.copyOf(extensions);
    }

    public Problem(int status, String type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    static Problem badRequest(String detail) {
        return new Problem(400, "bad-request", "Bad request", detail);
    }

    static Problem notFound(String detail) {
        return new Problem(404, "not-found", "Not found", detail);
    }

    public int status() {
        return status;
    }

    /** The last segment of the problem type URI, e.g. {@code document-locked}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
