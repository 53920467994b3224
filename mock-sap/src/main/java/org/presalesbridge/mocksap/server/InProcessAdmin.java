package org.presalesbridge.mocksap.server;

import java.util.List;

import org.presalesbridge.mocksap.sd.SdState;

/** {@link MockSapAdmin} on a system in the same JVM. */
final class InProcessAdmin implements MockSapAdmin {

    private final SimulatedSap sap;
    private final SapUser user;

    InProcessAdmin(SimulatedSap sap, SapUser user) {
        this.sap = sap;
        this.user = user;
    }

    @Override
    public FaultSettings faults() {
        return sap.faults().settings();
    }

    @Override
    public void setFaults(FaultSettings settings) {
        sap.faults().set(settings);
    }

    @Override
    public List<CallRecord> calls() {
        return sap.ledger().calls();
    }

    @Override
    public List<CommittedDocument> committedDocuments() {
        return sap.ledger().committedDocuments();
    }

    @Override
    public LedgerCounts ledgerCounts() {
        return sap.ledger().counts();
    }

    @Override
    public UserActionResult changeDocument(String userName, String documentNumber, UserChange change) {
        return user.change(userName, documentNumber, change);
    }

    @Override
    public UserActionResult rejectItem(String userName, String documentNumber, String item, String reason) {
        return user.rejectItem(userName, documentNumber, item, reason);
    }

    @Override
    public UserActionResult createOrderFromQuotation(String userName, String quotationNumber) {
        return user.createOrderFromQuotation(userName, quotationNumber);
    }

    @Override
    public UserActionResult holdOpen(String userName, String documentNumber) {
        return user.holdOpen(userName, documentNumber);
    }

    @Override
    public void release(String userName, String documentNumber) {
        user.release(userName, documentNumber);
    }

    @Override
    public void reset() {
        sap.reset();
    }

    @Override
    public SdState exportState() {
        return sap.exportState();
    }

    @Override
    public void importState(SdState state) {
        sap.importState(state);
    }
}
