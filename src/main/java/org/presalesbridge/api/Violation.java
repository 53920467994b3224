package org.presalesbridge.api;

/** One broken rule of a request: where (JSON pointer into the body), which rule, and a sentence for people. */
public record Violation(String pointer, String rule, String message) {
}
