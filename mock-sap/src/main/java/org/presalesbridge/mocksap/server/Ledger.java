package org.presalesbridge.mocksap.server;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.presalesbridge.mocksap.sd.CommittedLuw;
import org.presalesbridge.mocksap.sd.SalesDocument;

/**
 * What happened in the system, for tests and operators: every function call with its session and
 * outcome, every committed document. Keeps the last {@code capacity} entries of each in memory;
 * the counts are exact.
 */
public final class Ledger {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final BoundedLog<CallRecord> calls;
    private final BoundedLog<CommittedDocument> documents;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong changed = new AtomicLong();

    public Ledger(int capacity) {
        this.calls = new BoundedLog<>(capacity);
        this.documents = new BoundedLog<>(capacity);
    }

    CallRecord call(String sessionId, String function, Instant at, Duration duration, CallRecord.Outcome outcome,
                    String detail) {
        return calls.append(sequence -> new CallRecord(sequence, sessionId, function, at, duration, outcome, detail));
    }

    void committed(CommittedLuw luw) {
        commits.incrementAndGet();
        for (SalesDocument document : luw.documents()) {
            boolean isNew = luw.createdDocuments().contains(document.number());
            (isNew ? created : changed).incrementAndGet();
            documents.append(sequence -> new CommittedDocument(luw.sequence(), luw.sessionId(), luw.user(),
                    luw.committedAt(), document.number(), document.category(), document.header().documentType(),
                    document.header().data().purchaseOrderNumber(), isNew));
        }
    }

    public List<CallRecord> calls() {
        return calls.entries();
    }

    public List<CommittedDocument> committedDocuments() {
        return documents.entries();
    }

    public LedgerCounts counts() {
        return new LedgerCounts(calls.count(), commits.get(), created.get(), changed.get());
    }

    void clear() {
        calls.clear();
        documents.clear();
        commits.set(0);
        created.set(0);
        changed.set(0);
    }
}
