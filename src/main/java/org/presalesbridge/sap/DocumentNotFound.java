package org.presalesbridge.sap;

import org.presalesbridge.document.DocumentKind;

/** SAP has no document of this kind and number (or under this CRM key); the message says which, as a sentence. */
public final class DocumentNotFound extends RuntimeException {

    private final DocumentKind kind;

    public DocumentNotFound(DocumentKind kind, String documentNumber) {
        this("SAP has no " + kind.label() + " " + documentNumber + ".", kind);
    }

    private DocumentNotFound(String message, DocumentKind kind) {
        super(message);
        this.kind = kind;
    }

    /** SAP keeps no document of this kind under the CRM's key. */
    public static DocumentNotFound forExternalId(DocumentKind kind, String externalId) {
        return new DocumentNotFound("SAP has no " + kind.label() + " for externalId " + externalId + ".", kind);
    }

    public DocumentKind kind() {
        return kind;
    }
}
