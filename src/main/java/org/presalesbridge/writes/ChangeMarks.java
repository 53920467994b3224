package org.presalesbridge.writes;

import java.util.List;

import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.sap.SapChangeDocument;
import org.presalesbridge.sap.SapConnector;

/**
 * SAP's change documents (CDHDR) as the witness of whether a change whose answer was lost was applied. A change
 * cannot be looked up in SAP by a key of the CRM the way a create can; but SAP writes a change document in the
 * commit of every change that changes something. So before a change is first sent, the newest change number of the
 * document is recorded (the mark); after a failure that may have saved it, or a process that died while sending it,
 * the change documents after the mark decide: one written under the adapter's SAP user means the change was
 * applied, none means it was not, more than one cannot be told.
 */
public final class ChangeMarks {

    /** The mark of a document SAP has no change document of yet. */
    public static final String NO_CHANGE_YET = "0000000000";

    /** What SAP's change documents after a mark say of the change sent after it. */
    public sealed interface Decision {
    }

    /** SAP applied it: this change document was written under the adapter's SAP user after the mark. */
    public record Applied(String changeNumber) implements Decision {
    }

    /** SAP has no change of the adapter after the mark: the change was not applied and may be sent. */
    public record NotApplied() implements Decision {
    }

    /** Several changes of the adapter after the mark: whether this one is among them cannot be told. */
    public record InDoubt(List<String> changeNumbers) implements Decision {
    }

    private final SapConnector sap;

    public ChangeMarks(SapConnector sap) {
        this.sap = sap;
    }

    /** The mark to record before a change is first sent: SAP's newest change number of the document. */
    public String newest(DocumentKind kind, String documentNumber) {
        return sap.changeDocumentsAfter(kind, documentNumber, "").stream().map(SapChangeDocument::changeNumber)
                .reduce((first, second) -> second).orElse(NO_CHANGE_YET);
    }

    /** What became of a change sent after the mark. */
    public Decision decide(DocumentKind kind, String documentNumber, String mark) {
        List<String> ours = sap.changeDocumentsAfter(kind, documentNumber, mark).stream()
                .filter(SapChangeDocument::byAdapter).map(SapChangeDocument::changeNumber).toList();
        if (ours.isEmpty()) {
            return new NotApplied();
        }
        return ours.size() == 1 ? new Applied(ours.get(0)) : new InDoubt(ours);
    }
}
