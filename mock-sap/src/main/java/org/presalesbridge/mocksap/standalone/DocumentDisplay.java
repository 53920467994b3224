package org.presalesbridge.mocksap.standalone;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.presalesbridge.mocksap.sd.ChangeDocument;
import org.presalesbridge.mocksap.sd.DocumentFlowLink;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.sd.SdState;

/** A committed document as VA13/VA23 shows it, with its document flow and change documents. */
public final class DocumentDisplay {

    /** What the admin API answers for one document. */
    public record Displayed(SalesDocument document, List<DocumentFlowLink> flow,
                            List<ChangeDocument> changeDocuments) {
    }

    private final Supplier<SdState> state;

    /**
     * @param state the system's document state; SimulatedSap shows its database only as a whole,
     *              which is fine for a person looking at one document
     */
    public DocumentDisplay(Supplier<SdState> state) {
        this.state = state;
    }

    /** The committed document with this number (internal format, 10 digits); empty when there is none. */
    public Optional<Displayed> display(String number) {
        SdState database = state.get();
        return database.documents().stream().filter(document -> document.number().equals(number)).findFirst()
                .map(document -> new Displayed(document,
                        database.flows().stream().filter(link -> link.concerns(number)).toList(),
                        database.changeDocuments().stream().filter(change -> change.objectId().equals(number))
                                .toList()));
    }
}
