package org.presalesbridge.mocksap.server;

import java.util.List;

import org.presalesbridge.mocksap.sd.SdState;

/**
 * What a person does with a simulated SAP system outside RFC: act as an SAP user, switch faults,
 * read the ledger, reset. Implemented in-process ({@link SimulatedSap#admin()}) and, by the
 * standalone gateway, over HTTP, so that the same tests run against both.
 */
public interface MockSapAdmin {

    // ---- faults

    FaultSettings faults();

    void setFaults(FaultSettings settings);

    // ---- ledger

    /** The last function calls, oldest first (bounded). */
    List<CallRecord> calls();

    /** The last committed documents, oldest first (bounded). */
    List<CommittedDocument> committedDocuments();

    LedgerCounts ledgerCounts();

    // ---- acting as an SAP user (each action is saved at once and writes change documents)

    /** Changes a document as in VA12/VA22/VA02 and saves it. */
    UserActionResult changeDocument(String user, String documentNumber, UserChange change);

    /** Rejects an item with a reason for rejection (ABGRU, e.g. "02") and saves. */
    UserActionResult rejectItem(String user, String documentNumber, String item, String reasonForRejection);

    /** Creates a sales order (type of category C) with reference to all open items of a quotation and saves it. */
    UserActionResult createOrderFromQuotation(String user, String quotationNumber);

    /** Opens a document in change mode and keeps it open: it stays locked for everyone else until released. */
    UserActionResult holdOpen(String user, String documentNumber);

    /** Leaves the document the user holds open (releases the lock). */
    void release(String user, String documentNumber);

    // ---- state

    /** Back to master data only: no documents, number ranges from their start, no locks, no faults, empty ledger. */
    void reset();

    SdState exportState();

    void importState(SdState state);
}
