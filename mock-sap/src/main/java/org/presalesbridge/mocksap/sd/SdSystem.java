package org.presalesbridge.mocksap.sd;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.presalesbridge.mocksap.sd.masterdata.DocumentType;
import org.presalesbridge.mocksap.sd.masterdata.MasterData;

/**
 * One simulated SD system: master data, the database of documents, number ranges, the lock table,
 * change documents. Sessions ({@link SdSession}) work on it; their commits are serialized here.
 * Thread-safe.
 */
public final class SdSystem {

    private final Clock clock;
    private final DocumentStore store = new DocumentStore();
    private final NumberRanges numberRanges = new NumberRanges();
    private final LockTable locks = new LockTable();
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock commitLock = new ReentrantLock();
    private volatile Customizing customizing;
    private volatile long generation;
    private long lastChangeNumber;   // guarded by commitLock
    private long lastCommitSequence; // guarded by commitLock

    /** Master data with what is derived from it, swapped as one on reset. */
    private record Customizing(MasterData masterData, MessageCatalog messages, DocumentAssembler assembler) {
        static Customizing of(MasterData masterData) {
            MessageCatalog messages = new MessageCatalog(masterData.messages());
            return new Customizing(masterData, messages, new DocumentAssembler(masterData, messages));
        }
    }

    public SdSystem(MasterData masterData, Clock clock) {
        this.customizing = Customizing.of(masterData);
        this.clock = clock;
    }

    /** Opens an ABAP session (an RFC connection or a user's transaction) for the user. */
    public SdSession openSession(String sessionId, String user) {
        return new SdSession(this, sessionId, user);
    }

    public MasterData masterData() {
        return customizing.masterData();
    }

    public MessageCatalog messages() {
        return customizing.messages();
    }

    DocumentAssembler assembler() {
        return customizing.assembler();
    }

    public LockTable locks() {
        return locks;
    }

    Stamp stamp(String user) {
        return new Stamp(LocalDate.now(clock), LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS), user);
    }

    long generation() {
        return generation;
    }

    // ---- the database, as every session sees it

    public Optional<SalesDocument> committedDocument(String number) {
        return store.document(number);
    }

    public List<SalesDocument> committedDocumentsOf(String customer) {
        return store.documentsOf(customer);
    }

    /** The committed documents with this customer purchase order number (BSTNK), by number. */
    public List<SalesDocument> committedDocumentsWithPurchaseOrder(String purchaseOrderNumber) {
        return store.documentsWithPurchaseOrder(purchaseOrderNumber);
    }

    public List<DocumentFlowLink> committedFlowOf(String document) {
        return store.flowOf(document);
    }

    /** The change documents of one document, oldest first. */
    public List<ChangeDocument> committedChangeDocumentsOf(String document) {
        return store.changeDocuments().filter(c -> c.objectId().equals(document)).toList();
    }

    public int committedDocumentCount() {
        return store.documentCount();
    }

    /** A database table by name (see {@link SdTables#NAMES}); empty when the system has no such table. */
    public Optional<TableView> table(String name) {
        return switch (name) {
            case "VBAK" -> Optional.of(TableView.of(SdTables.VBAK, store.documents().map(SalesDocument::header)));
            case "VBAP" -> Optional.of(TableView.of(SdTables.VBAP,
                    store.documents().flatMap(d -> ChangeDocuments.itemRows(d).stream())));
            case "VBEP" -> Optional.of(TableView.of(SdTables.VBEP,
                    store.documents().flatMap(d -> ChangeDocuments.scheduleLineRows(d).stream())));
            case "VBPA" -> Optional.of(TableView.of(SdTables.VBPA,
                    store.documents().flatMap(d -> ChangeDocuments.partnerRows(d).stream())));
            case "VBFA" -> Optional.of(TableView.of(SdTables.VBFA, store.flows()));
            case "CDHDR" -> Optional.of(TableView.of(SdTables.CDHDR, store.changeDocuments()));
            case "CDPOS" -> Optional.of(TableView.of(SdTables.CDPOS, store.changeDocuments()
                    .flatMap(c -> c.fields().stream().map(f -> new SdTables.ChangedFieldRow(c, f)))));
            default -> Optional.empty();
        };
    }

    // ---- number ranges

    OptionalLong drawNumber(DocumentType type) {
        return numberRanges.draw(type);
    }

    // ---- commits

    public void addCommitListener(CommitListener listener) {
        listeners.add(listener);
    }

    public void removeCommitListener(CommitListener listener) {
        listeners.remove(listener);
    }

    /**
     * Writes a session's work to the database as one commit: change documents for every document
     * that existed before, the documents, the flow; then tells the listeners.
     */
    Optional<CommittedLuw> commit(long sessionGeneration, String sessionId, String user,
                                  Collection<SalesDocument> documents, List<DocumentFlowLink> flows) {
        Stamp now = stamp(user);
        CommittedLuw luw;
        commitLock.lock();
        try {
            if (sessionGeneration != generation) {
                return Optional.empty(); // the system was reset or imported since the work was done
            }
            List<ChangeDocument> changeDocuments = new ArrayList<>();
            List<String> created = new ArrayList<>();
            for (SalesDocument document : documents) {
                if (store.document(document.number()).isEmpty()) {
                    created.add(document.number());
                }
                store.document(document.number())
                        .map(before -> ChangeDocuments.changes(before, document))
                        .filter(fields -> !fields.isEmpty())
                        .ifPresent(fields -> changeDocuments.add(changeDocument(document, fields, now)));
            }
            documents.forEach(store::put);
            flows.forEach(store::add);
            changeDocuments.forEach(store::add);
            luw = new CommittedLuw(++lastCommitSequence, sessionId, user, clock.instant(), List.copyOf(documents),
                    List.copyOf(created), List.copyOf(flows), List.copyOf(changeDocuments), numberRanges.levels(), lastChangeNumber);
            notifyListeners(luw);
        } finally {
            commitLock.unlock();
        }
        return Optional.of(luw);
    }

    private ChangeDocument changeDocument(SalesDocument document, List<ChangeDocument.ChangedField> fields,
                                          Stamp now) {
        String transaction = DocumentCategory.of(document.category()).map(DocumentCategory::changeTransaction)
                .orElse("");
        return new ChangeDocument(ChangeDocument.SALES_DOCUMENT_CLASS, document.number(),
                String.format("%010d", ++lastChangeNumber), now.user(), now.date(), now.time(), transaction, 'U',
                List.copyOf(fields));
    }

    private void notifyListeners(CommittedLuw luw) {
        RuntimeException failure = null;
        for (CommitListener listener : listeners) {
            try {
                listener.committed(luw);
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw new IllegalStateException("commit " + luw.sequence() + " is written, but a commit listener failed",
                    failure);
        }
    }

    // ---- persistence and reset

    /** The whole document state, consistent as of one point between commits. */
    public SdState exportState() {
        commitLock.lock();
        try {
            return new SdState(store.documents().toList(), store.flows().toList(),
                    store.changeDocuments().toList(), numberRanges.levels(), lastChangeNumber, lastCommitSequence);
        } finally {
            commitLock.unlock();
        }
    }

    /** Replaces the document state by an exported one; open sessions lose their uncommitted work. */
    public void importState(SdState state) {
        commitLock.lock();
        try {
            clear();
            state.documents().forEach(store::put);
            state.flows().forEach(store::add);
            state.changeDocuments().forEach(store::add);
            state.numberRangeLevels().forEach(numberRanges::raise);
            lastChangeNumber = state.lastChangeNumber();
            lastCommitSequence = state.lastCommitSequence();
        } finally {
            commitLock.unlock();
        }
    }

    /** Applies a commit recorded by a listener (a journal) again, without telling the listeners. */
    public void replay(CommittedLuw luw) {
        commitLock.lock();
        try {
            luw.documents().forEach(store::put);
            luw.flows().forEach(store::add);
            luw.changeDocuments().forEach(store::add);
            luw.numberRangeLevels().forEach(numberRanges::raise);
            lastChangeNumber = Math.max(lastChangeNumber, luw.lastChangeNumber());
            lastCommitSequence = Math.max(lastCommitSequence, luw.sequence());
        } finally {
            commitLock.unlock();
        }
    }

    /** Back to master data only: no documents, number ranges from their start, no locks; new master data. */
    public void reset(MasterData masterData) {
        commitLock.lock();
        try {
            customizing = Customizing.of(masterData);
            clear();
            lastChangeNumber = 0;
            lastCommitSequence = 0;
        } finally {
            commitLock.unlock();
        }
    }

    private void clear() {
        generation++;
        store.clear();
        numberRanges.clear();
        locks.clear();
    }

    /** Number range levels: the last number drawn per document type. */
    public Map<String, Long> numberRangeLevels() {
        return numberRanges.levels();
    }

    Stream<SalesDocument> committedDocuments() {
        return store.documents();
    }
}
