package org.presalesbridge.mocksap.standalone;

import java.util.List;
import java.util.Optional;

import org.presalesbridge.mocksap.sd.ChangeDocument;
import org.presalesbridge.mocksap.sd.DocumentFlowLink;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.sd.SdSystem;

/** A committed document as VA13/VA23 shows it, with its document flow and change documents. */
public final class DocumentDisplay {

    /** What the admin API answers for one document. */
    public record Displayed(SalesDocument document, List<DocumentFlowLink> flow,
                            List<ChangeDocument> changeDocuments) {
    }

    private final SdSystem system;

    public DocumentDisplay(SdSystem system) {
        this.system = system;
    }

    /** The committed document with this number (internal format, 10 digits); empty when there is none. */
    public Optional<Displayed> display(String number) {
        return system.committedDocument(number).map(document -> new Displayed(document,
                system.committedFlowOf(number), changeDocumentsOf(number)));
    }

    private List<ChangeDocument> changeDocumentsOf(String number) {
        // SdSystem offers change documents only with the whole state; fine for a person looking at one document
        return system.exportState().changeDocuments().stream()
                .filter(change -> change.objectId().equals(number)).toList();
    }
}
