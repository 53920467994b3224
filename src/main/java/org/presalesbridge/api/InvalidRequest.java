package org.presalesbridge.api;

import java.util.List;

/** The request breaks the contract; SAP is not called. Answered 400 with every violation. */
public final class InvalidRequest extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidRequest(List<Violation> violations) {
        super(violations.size() + " violation(s) of the API contract");
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequest of(String pointer, String rule, String message) {
        return new InvalidRequest(List.of(new Violation(pointer, rule, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
