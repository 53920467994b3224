package org.presalesbridge.document;

/**
 * A change that does not fit the document as SAP has it, found before SAP's change BAPI is called: answered
 * {@code 400} like a request that breaks the contract, naming the change's field at fault and the rule.
 */
public final class InvalidChange extends RuntimeException {

    private final String field;
    private final String rule;

    public InvalidChange(String field, String rule, String message) {
        super(message);
        this.field = field;
        this.rule = rule;
    }

    /** The member of the change at fault ({@code validTo}). */
    public String field() {
        return field;
    }

    /** The rule broken, named as the request rules name it ({@code notBeforeValidFrom}). */
    public String rule() {
        return rule;
    }
}
