package org.presalesbridge.api;

import java.util.Comparator;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One broken rule of a request: where, which rule, and a sentence for people. Where is one of three members:
 * {@code pointer}, a JSON pointer (RFC 6901) into the body, {@code ""} being the body as a whole; {@code parameter},
 * a path parameter of the operation; {@code header}, a request header. The other two are left out of the answer.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String pointer, String parameter, String header, String rule, String message) {

    /** The order of an answer: path parameters, then the body by pointer, then headers; by rule within a place. */
    static final Comparator<Violation> ORDER = Comparator.comparingInt(Violation::place)
            .thenComparing(Violation::where).thenComparing(Violation::rule);

    /** A broken rule of the body, at the JSON pointer. */
    public Violation(String pointer, String rule, String message) {
        this(pointer, null, null, rule, message);
    }

    /** A broken rule of a path parameter ({@code documentNumber}). */
    public static Violation ofParameter(String name, String rule, String message) {
        return new Violation(null, name, null, rule, message);
    }

    /** A broken rule of a request header ({@code Idempotency-Key}). */
    public static Violation ofHeader(String name, String rule, String message) {
        return new Violation(null, null, name, rule, message);
    }

    private int place() {
        return parameter != null ? 0 : pointer != null ? 1 : 2;
    }

    private String where() {
        return parameter != null ? parameter : pointer != null ? pointer : header;
    }
}
