package org.presalesbridge.sap;

import org.presalesbridge.document.DocumentKind;

/** SAP has no document of this kind and number (or under this CRM key); the message says which, as a sentence. */
public final class DocumentNotFound extends RuntimeException {

    private final DocumentKind kind;
    private final String documentNumber;

    public DocumentNotFound(DocumentKind kind, String documentNumber) {
        this(kind, documentNumber, "SAP has no " + kind.label() + " " + documentNumber + ".");
    }

    private DocumentNotFound(DocumentKind kind, String documentNumber, String message) {
        super(message);
        this.kind = kind;
        this.documentNumber = documentNumber;
    }

    /** SAP keeps no document of this kind under the CRM's key; no number to name. */
    public static DocumentNotFound forExternalId(DocumentKind kind, String externalId) {
        return new DocumentNotFound(kind, null, "SAP has no " + kind.label() + " for externalId " + externalId + ".");
    }

    public DocumentKind kind() {
        return kind;
    }

    public String documentNumber() {
        return documentNumber;
    }
}
