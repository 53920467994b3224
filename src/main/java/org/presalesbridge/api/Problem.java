package org.presalesbridge.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.presalesbridge.document.SapMessage;

/**
 * An RFC 9457 problem ({@code application/problem+json}): type, title, status, detail, and as extensions the
 * request's violations, SAP's messages, or the document it is about.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<Violation> violations,
                      List<SapMessage> sapMessages, String document) {

    static final String TYPE_PREFIX = "urn:presales-bridge:problem:";

    public static Problem of(String type, String title, int status, String detail) {
        return new Problem(TYPE_PREFIX + type, title, status, detail, List.of(), List.of(), null);
    }

    public Problem withViolations(List<Violation> newViolations) {
        return new Problem(type, title, status, detail, newViolations, sapMessages, document);
    }

    public Problem withSapMessages(List<SapMessage> newSapMessages) {
        return new Problem(type, title, status, detail, violations, newSapMessages, document);
    }

    /** The document the problem is about, as the path of its resource. */
    public Problem withDocument(String path) {
        return new Problem(type, title, status, detail, violations, sapMessages, path);
    }
}
