package org.presalesbridge.sap;

import org.presalesbridge.document.DocumentKind;

/** SAP has no document of this kind and number. */
public final class DocumentNotFound extends RuntimeException {

    private final DocumentKind kind;
    private final String documentNumber;

    public DocumentNotFound(DocumentKind kind, String documentNumber) {
        super("SAP has no " + kind.label() + " " + documentNumber);
        this.kind = kind;
        this.documentNumber = documentNumber;
    }

    public DocumentKind kind() {
        return kind;
    }

    public String documentNumber() {
        return documentNumber;
    }
}
