package org.presalesbridge.writes;

import org.presalesbridge.document.DocumentKind;

/** A create names an external id that SAP has a document for already, with other content: {@code 409}. */
public final class ExternalIdTaken extends RuntimeException {

    private final transient DocumentKind kind;
    private final String externalId;
    private final String documentNumber;

    public ExternalIdTaken(DocumentKind kind, String externalId, String documentNumber) {
        super("SAP has " + kind.label() + " " + documentNumber + " for externalId " + externalId
                + " already, with other content; a create never makes a second one.");
        this.kind = kind;
        this.externalId = externalId;
        this.documentNumber = documentNumber;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String externalId() {
        return externalId;
    }

    public String documentNumber() {
        return documentNumber;
    }
}
