package org.presalesbridge.writes;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.presalesbridge.document.CreatedDocument;
import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.InvalidChange;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.document.SapMessage;
import org.presalesbridge.sap.DocumentNotFound;
import org.presalesbridge.sap.NoItemsToCopy;
import org.presalesbridge.sap.SapConnector;
import org.presalesbridge.sap.SapFailure;
import org.presalesbridge.sap.SapRejection;
import org.presalesbridge.store.AuditTrail;
import org.presalesbridge.store.DocumentKeys;
import org.presalesbridge.store.DocumentKeys.Claim;
import org.presalesbridge.store.DocumentKeys.DocumentKey;
import org.presalesbridge.store.DocumentKeys.Granted;
import org.presalesbridge.store.DocumentKeys.State;
import org.presalesbridge.store.DocumentKeys.Taken;

/**
 * The writes to SAP, so that one CRM document never becomes two SAP documents and none is lost.
 *
 * <p>A create first claims its external id in the store; only the request holding the claim calls SAP. A create of
 * an external id SAP has already answers that document (flagged as a replay) or, with other content, {@code 409}.
 * When a create fails in a way that may have saved the document anyway (the connection broke during the commit,
 * SAP was too slow), SAP is asked by the external id before anything else; when SAP cannot be asked, the claim
 * stays "in doubt" and the next request for that external id asks SAP first. Every write is in the audit trail.
 */
public final class DocumentWrites {

    /** Exchange property: the answer is the document an earlier request created. */
    public static final String REPLAYED = "replayed";
    /** Exchange property set by the request reader: SHA-256 of the request's canonical JSON. */
    public static final String FINGERPRINT = "requestFingerprint";
    /**
     * Exchange property of a change sent with an Idempotency-Key: where to record SAP's newest change number of the
     * document before the change is sent ({@link ChangeMarkRecorder}).
     */
    public static final String CHANGE_MARK_RECORDER = "changeMarkRecorder";
    /**
     * Exchange property of a change whose earlier request with the same Idempotency-Key was cut off: the change
     * number recorded before that request sent it. SAP's change documents after it tell whether it was applied.
     */
    public static final String LOST_ATTEMPT_MARK = "lostAttemptChangeMark";
    /**
     * Exchange property: the request's create or change was sent to SAP, so that a failure of the store after it
     * does not say SAP was not called.
     */
    public static final String SENT_TO_SAP = "sentToSap";

    /** Records the change mark of a change before it is sent. */
    public interface ChangeMarkRecorder {
        void record(String changeMark);
    }

    private static final Logger LOG = LoggerFactory.getLogger(DocumentWrites.class);

    private final SapConnector sap;
    private final ChangeMarks marks;
    private final DocumentKeys keys;
    private final AuditTrail audit;
    private final long claimWaitMillis;

    public DocumentWrites(SapConnector sap, DocumentKeys keys, AuditTrail audit, long claimWaitMillis) {
        this.sap = sap;
        this.marks = new ChangeMarks(sap);
        this.keys = keys;
        this.audit = audit;
        this.claimWaitMillis = claimWaitMillis;
    }

    /** Creates the document in SAP unless SAP has it already; answers it as SAP has it. */
    public SalesDocument create(Exchange exchange, SalesDocument document) throws InterruptedException {
        return create(exchange, document, full);
    }

    /**
     * Creates the document in SAP unless SAP has it already; answers only its number and SAP's warnings, without
     * displaying it afterwards ({@code Prefer: return=minimal}).
     */
    public CreatedDocument createMinimal(Exchange exchange, SalesDocument document) throws InterruptedException {
        return create(exchange, document, minimal);
    }

    private <T> T create(Exchange exchange, SalesDocument document, Answers<T> answers) throws InterruptedException {
        DocumentKind kind = document.kind();
        String externalId = document.externalId();
        String fingerprint = exchange.getProperty(FINGERPRINT, String.class);
        String client = ApiClient.of(exchange);
        long deadline = System.nanoTime() + claimWaitMillis * 1_000_000;
        while (true) {
            Claim claim = keys.claim(kind, externalId, fingerprint);
            if (claim instanceof Taken taken && taken.key().state() == State.CREATED) {
                return existing(exchange, taken.key(), fingerprint, answers);
            }
            if (claim instanceof Granted granted) {
                try {
                    if (granted.mustAskSap()) {
                        Optional<String> saved = askSap(client, kind, externalId,
                                granted.previousFingerprint() == null ? fingerprint : granted.previousFingerprint());
                        if (saved.isPresent()) {
                            return existing(exchange, keys.find(kind, externalId).orElseThrow(), fingerprint, answers);
                        }
                    }
                    exchange.setProperty(SENT_TO_SAP, true);
                    return createInSap(client, document, fingerprint, answers);
                } catch (RuntimeException failure) {
                    // whatever went wrong while this request held the claim, it must not hold it any longer: a
                    // claim still open is left in doubt (a claim released or completed stays as it is)
                    keys.inDoubt(kind, externalId);
                    throw failure;
                }
            }
            // another request, maybe in another adapter process, is creating it right now: its answer is ours
            if (System.nanoTime() > deadline) {
                throw new RequestInProgress("Another request is creating " + kind.label() + " " + externalId
                        + " right now; send the request again shortly to get its answer.");
            }
            Thread.sleep(25);
        }
    }

    /**
     * Changes the document in SAP, with an entry in the audit trail whatever SAP answers. A change sent with an
     * Idempotency-Key is sent once: before it goes to SAP, SAP's newest change number of the document is recorded
     * with the key; when the request of that key was cut off, SAP's change documents after that number tell
     * whether SAP applied it (then the document as SAP has it now is the answer, flagged as a replay), and it is
     * sent again only when SAP has no change of the adapter after the number.
     */
    public SalesDocument change(Exchange exchange, DocumentKind kind, String documentNumber, DocumentChange change) {
        String client = ApiClient.of(exchange);
        String lostAttempt = exchange.getProperty(LOST_ATTEMPT_MARK, String.class);
        ChangeMarkRecorder recorder = exchange.getProperty(CHANGE_MARK_RECORDER, ChangeMarkRecorder.class);
        if (lostAttempt != null) {
            ChangeMarks.Decision decision = marks.decide(kind, documentNumber, lostAttempt);
            if (decision instanceof ChangeMarks.Applied applied) {
                LOG.info("{} {}: in doubt resolved: SAP applied the change cut off before (change document {})",
                        kind.label(), documentNumber, applied.changeNumber());
                record(client, "in-doubt", kind, documentNumber, null, "found", List.of());
                exchange.setProperty(REPLAYED, true);
                return sap.display(kind, documentNumber).orElseThrow(() -> new SapFailure("SAP does not display "
                        + kind.label() + " " + documentNumber + " although it changed it.", null));
            }
            if (decision instanceof ChangeMarks.InDoubt inDoubt) {
                throw new ChangeInDoubt(kind, documentNumber, inDoubt.changeNumbers());
            }
            LOG.info("{} {}: in doubt resolved: SAP has not applied the change cut off before; sending it again",
                    kind.label(), documentNumber);
        } else if (recorder != null) {
            recorder.record(marks.newest(kind, documentNumber));
        }
        exchange.setProperty(SENT_TO_SAP, true);
        try {
            SalesDocument changed = sap.change(kind, documentNumber, change);
            record(client, "change", kind, changed.documentNumber(), changed.externalId(), "saved",
                    changed.messages());
            return changed;
        } catch (RuntimeException failure) {
            record(client, "change", kind, documentNumber, null, changeOutcome(failure),
                    failure instanceof SapRejection rejection ? rejection.messages() : List.of());
            throw failure;
        }
    }

    /** The audit trail's outcome of a change that did not go through. */
    private static String changeOutcome(RuntimeException failure) {
        if (failure instanceof SapRejection) {
            return "rejected";
        }
        if (failure instanceof InvalidChange) {
            return "refused"; // the change does not fit the document as SAP has it: its BAPI was not called
        }
        return failure instanceof DocumentNotFound ? "not-found" : "failed";
    }

    private <T> T createInSap(String client, SalesDocument document, String fingerprint, Answers<T> answers) {
        DocumentKind kind = document.kind();
        String externalId = document.externalId();
        T created;
        try {
            created = answers.create(document);
        } catch (SapRejection rejection) {
            keys.release(kind, externalId);
            record(client, "create", kind, null, externalId, "rejected", rejection.messages());
            throw rejection;
        } catch (NoItemsToCopy nothing) {
            keys.release(kind, externalId);
            record(client, "create", kind, null, externalId, "rejected", List.of());
            throw nothing;
        } catch (RuntimeException failure) {
            // the connection broke, SAP was too slow, the display after the commit failed: SAP may have saved it
            keys.inDoubt(kind, externalId);
            record(client, "create", kind, null, externalId, "in-doubt", List.of());
            Optional<String> saved;
            try {
                saved = askSap(client, kind, externalId, fingerprint);
            } catch (RuntimeException sapStillAway) {
                LOG.warn("{} {}: in doubt (create failed: {}); SAP cannot be asked now ({}); the next request for "
                        + "it asks SAP first", kind.label(), externalId, failure.getMessage(), sapStillAway.getMessage());
                throw failure;
            }
            return answers.existing(kind, saved.orElseThrow(() -> failure), externalId);
        }
        String number = answers.number(created);
        keys.created(kind, externalId, number, fingerprint,
                event(client, "create", kind, number, externalId, "saved", answers.messages(created)));
        return created;
    }

    /**
     * Asks SAP whether it has a document under the external id. Found: recorded as created, its number answered.
     * Not found: the claim stays with this request, which goes on to create. SAP unreachable: thrown, the claim
     * stays in doubt.
     */
    private Optional<String> askSap(String client, DocumentKind kind, String externalId, String fingerprint) {
        Optional<String> number = sap.findByExternalId(kind, externalId);
        if (number.isEmpty()) {
            LOG.info("{} {}: in doubt resolved: SAP has no such document", kind.label(), externalId);
            return Optional.empty();
        }
        keys.created(kind, externalId, number.get(), fingerprint,
                event(client, "in-doubt", kind, number.get(), externalId, "found", List.of()));
        LOG.info("{} {}: in doubt resolved: SAP saved it as {}", kind.label(), externalId, number.get());
        return number;
    }

    /** The document an earlier request created: the same content answers it as a replay, other content is 409. */
    private <T> T existing(Exchange exchange, DocumentKey key, String fingerprint, Answers<T> answers) {
        if (!key.fingerprint().equals(fingerprint)) {
            throw new ExternalIdTaken(key.kind(), key.externalId(), key.documentNumber());
        }
        exchange.setProperty(REPLAYED, true);
        return answers.existing(key.kind(), key.documentNumber(), key.externalId());
    }

    /** The two shapes of a create's answer: the document as SAP has it, or only its number and messages. */
    private interface Answers<T> {
        T create(SalesDocument document);

        T existing(DocumentKind kind, String documentNumber, String externalId);

        String number(T answer);

        List<SapMessage> messages(T answer);
    }

    private final Answers<SalesDocument> full = new Answers<>() {
        @Override
        public SalesDocument create(SalesDocument document) {
            return sap.create(document);
        }

        @Override
        public SalesDocument existing(DocumentKind kind, String documentNumber, String externalId) {
            return sap.display(kind, documentNumber).orElseThrow(() -> new SapFailure("SAP does not display "
                    + kind.label() + " " + documentNumber + " although it saved it.", null));
        }

        @Override
        public String number(SalesDocument answer) {
            return answer.documentNumber();
        }

        @Override
        public List<SapMessage> messages(SalesDocument answer) {
            return answer.messages();
        }
    };

    private final Answers<CreatedDocument> minimal = new Answers<>() {
        @Override
        public CreatedDocument create(SalesDocument document) {
            return sap.createWithoutDisplay(document);
        }

        @Override
        public CreatedDocument existing(DocumentKind kind, String documentNumber, String externalId) {
            return new CreatedDocument(kind, documentNumber, externalId, List.of());
        }

        @Override
        public String number(CreatedDocument answer) {
            return answer.documentNumber();
        }

        @Override
        public List<SapMessage> messages(CreatedDocument answer) {
            return answer.messages();
        }
    };

    private void record(String client, String operation, DocumentKind kind, String documentNumber, String externalId,
                        String outcome, List<SapMessage> messages) {
        audit.record(event(client, operation, kind, documentNumber, externalId, outcome, messages));
    }

    private static AuditTrail.Event event(String client, String operation, DocumentKind kind, String documentNumber,
                                          String externalId, String outcome, List<SapMessage> messages) {
        return new AuditTrail.Event(client, operation, kind, documentNumber, externalId, outcome,
                messages.stream().map(message -> message.type() + " " + message.id() + " " + message.number() + " "
                        + message.message()).collect(Collectors.joining("\n")));
    }
}
