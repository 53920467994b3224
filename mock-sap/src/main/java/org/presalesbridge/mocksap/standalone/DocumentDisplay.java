package org.presalesbridge.mocksap.standalone;

import java.util.List;
import java.util.Optional;

import org.presalesbridge.mocksap.sd.ChangeDocument;
import org.presalesbridge.mocksap.sd.DocumentFlowLink;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.server.SimulatedSap;

/** A committed document as VA13/VA23 shows it, with its document flow and change documents. */
public final class DocumentDisplay {

    /** What the admin API answers for one document. */
    public record Displayed(SalesDocument document, List<DocumentFlowLink> flow,
                            List<ChangeDocument> changeDocuments) {
    }

    private final SimulatedSap sap;

    public DocumentDisplay(SimulatedSap sap) {
        this.sap = sap;
    }

    /** The committed document with this number (internal format, 10 digits); empty when there is none. */
    public Optional<Displayed> display(String number) {
        return sap.document(number).map(document -> new Displayed(document, sap.flowOf(number),
                sap.changeDocumentsOf(number)));
    }
}
