package org.presalesbridge.writes;

import java.util.List;

import org.presalesbridge.document.DocumentKind;

/**
 * A change sent with an Idempotency-Key whose earlier request was cut off, and SAP has several changes of the
 * document under the adapter's SAP user since: whether it is among them cannot be told, so it is not sent again.
 */
public final class ChangeInDoubt extends RuntimeException {

    private final transient DocumentKind kind;
    private final String documentNumber;

    public ChangeInDoubt(DocumentKind kind, String documentNumber, List<String> changeNumbers) {
        super("The request with this Idempotency-Key was cut off, and since then SAP has " + changeNumbers.size()
                + " changes of " + kind.label() + " " + documentNumber + " under the adapter's SAP user (change "
                + "documents " + String.join(", ", changeNumbers) + "): whether this change is among them cannot "
                + "be told. It is not sent again; check the document.");
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
