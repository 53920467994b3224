package org.presalesbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.presalesbridge.document.DocumentKind;

/**
 * Requests accepted for later ({@code Prefer: respond-async}): each is written here before its {@code 202} leaves,
 * and delivered to SAP by whichever adapter process on this store claims it. Per document (the external id of a
 * create, the number of a changed document) only the oldest request that is not final can be claimed, so that the
 * requests of one document reach SAP one at a time in the order they were accepted; a claim is a conditional update
 * of the row, so that of several processes exactly one delivers it; the row of a process that died (not seen in
 * the store for the lease) is taken over by another.
 */
public final class AcceptedRequests {

    public enum State {
        /** Waits for its turn, or for SAP ({@code nextAttemptAt}). */
        PENDING,
        /** An adapter process is sending it to SAP now. */
        DELIVERING,
        /** SAP has it: the document (number), SAP's warnings. */
        DONE,
        /** SAP refused it (a RETURN row of type E or A): nothing saved. */
        REJECTED,
        /** It can never be delivered (no such document, the external id belongs to other content). */
        FAILED,
        /** A change whose delivery was cut off, and SAP's change documents do not tell whether it was applied. */
        IN_DOUBT;

        public boolean isFinal() {
            return this != PENDING && this != DELIVERING;
        }
    }

    /**
     * A request to accept: a create ({@code documentNumber} null) or a change of {@code documentNumber}; {@code body}
     * is the checked document or change as JSON, {@code operation} the contract's operationId.
     */
    public record NewRequest(String client, String operation, DocumentKind kind, String externalId,
                             String documentNumber, String fingerprint, String body) {

        public boolean isCreate() {
            return documentNumber == null;
        }
    }

    /** A row: the request, where its delivery stands, and its outcome (JSON) once final. */
    public record AcceptedRequest(long sequence, String requestId, String client, String operation, DocumentKind kind,
                                  String externalId, String documentNumber, String fingerprint, String body,
                                  State state, int attempts, String owner, String changeMark,
                                  OffsetDateTime acceptedAt, OffsetDateTime nextAttemptAt,
                                  OffsetDateTime deliveringSince, OffsetDateTime deliveredAt, String lastError,
                                  String outcome) {

        public boolean isCreate() {
            return operation.startsWith("create");
        }
    }

    /** The longest outcome kept, in characters: the column outcome ({@link Store#LONGEST_TEXT}). */
    public static final int LONGEST_OUTCOME = Store.LONGEST_TEXT;

    /** What accepting found. */
    public sealed interface Acceptance {
    }

    /** Stored now, or (same create, same content, not delivered yet) the request accepted before. */
    public record Accepted(AcceptedRequest request, boolean earlier) implements Acceptance {
    }

    /** A create of the same external id, with other content, is accepted and not delivered yet. */
    public record Conflict(AcceptedRequest earlier) implements Acceptance {
    }

    /** A request this process now delivers; {@code takenOver}: its delivery by another attempt was cut off. */
    public record Claimed(AcceptedRequest request, boolean takenOver) {
    }

    private static final String COLUMNS = "sequence_no, request_id, client_id, operation, document_kind, "
            + "external_id, document_number, request_fingerprint, request_body, state, attempts, owner_instance, "
            + "change_mark, accepted_at, next_attempt_at, delivering_since, delivered_at, last_error, outcome";
    private static final String OPEN = "('PENDING', 'DELIVERING')";

    private final Store store;
    private volatile Runnable onAccepted = () -> { };

    public AcceptedRequests(Store store) {
        this.store = store;
    }

    /** Told when this process has accepted a request (the delivery looks for work at once). */
    public void onAccepted(Runnable listener) {
        this.onAccepted = listener;
    }

    /** This process's id in the store (the owner of what it delivers). */
    public String instanceId() {
        return store.instanceId();
    }

    /** Writes the request (committed when this returns), unless the same create waits already. */
    public Acceptance accept(NewRequest request) {
        String pendingCreate = request.isCreate() ? request.kind().name() + " " + request.externalId() : null;
        for (int attempt = 0; attempt < 10; attempt++) {
            String requestId = UUID.randomUUID().toString();
            if (insert(requestId, pendingCreate, request)) {
                AcceptedRequest accepted = find(request.client(), requestId).orElseThrow();
                onAccepted.run();
                return new Accepted(accepted, false);
            }
            Optional<AcceptedRequest> earlier = store.inTransaction("cannot read the accepted create of "
                    + request.externalId(), connection -> selectOne(connection, "pending_create = ?", pendingCreate));
            if (earlier.isPresent()) {
                return earlier.get().fingerprint().equals(request.fingerprint())
                        && earlier.get().client().equals(request.client())
                        ? new Accepted(earlier.get(), true) : new Conflict(earlier.get());
            }
            // the earlier create became final meanwhile: this one is a request of its own
        }
        throw new IllegalStateException("The accepted create of " + request.externalId() + " keeps changing");
    }

    private boolean insert(String requestId, String pendingCreate, NewRequest request) {
        return store.insertUnlessPresent("cannot accept the request", connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO accepted_request (request_id, "
                    + "client_id, operation, document_kind, document_ref, external_id, document_number, "
                    + "pending_create, request_fingerprint, request_body, state, attempts, accepted_at, "
                    + "next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)")) {
                OffsetDateTime now = store.now();
                insert.setString(1, requestId);
                insert.setString(2, request.client());
                insert.setString(3, request.operation());
                insert.setString(4, request.kind().name());
                insert.setString(5, request.isCreate() ? "create " + request.externalId()
                        : "change " + request.documentNumber());
                insert.setString(6, request.externalId());
                insert.setString(7, request.documentNumber());
                insert.setString(8, pendingCreate);
                insert.setString(9, request.fingerprint());
                insert.setString(10, request.body());
                insert.setString(11, State.PENDING.name());
                insert.setObject(12, now);
                insert.setObject(13, now);
                return insert.executeUpdate();
            }
        });
    }

    /** The request of this API client with this id. */
    public Optional<AcceptedRequest> find(String client, String requestId) {
        return store.inTransaction("cannot read request " + requestId, connection ->
                selectOne(connection, "request_id = ?", requestId).filter(found -> found.client().equals(client)));
    }

    /**
     * Claims up to {@code max} requests for this process: per document only the oldest one that is not final, when
     * it is due (pending) or its delivering process died, or this process's own delivery of it ended without a
     * word (not in {@code inFlight}, the sequence numbers of the deliveries running here).
     */
    public List<Claimed> claim(int max, Set<Long> inFlight) {
        if (max <= 0) {
            return List.of();
        }
        return store.inTransaction("cannot claim accepted requests", connection -> {
            List<Claimed> claimed = new ArrayList<>();
            for (AcceptedRequest head : heads(connection)) {
                if (claimed.size() >= max) {
                    break;
                }
                boolean pendingAndDue = head.state() == State.PENDING && !head.nextAttemptAt().isAfter(store.now());
                boolean abandoned = head.state() == State.DELIVERING && (store.instanceId().equals(head.owner())
                        ? !inFlight.contains(head.sequence()) : !store.isAlive(connection, head.owner()));
                if ((pendingAndDue || abandoned) && take(connection, head)) {
                    claimed.add(new Claimed(selectOne(connection, "sequence_no = ?", head.sequence()).orElseThrow(),
                            abandoned));
                }
            }
            return claimed;
        });
    }

    /** The oldest request of each document that is not final, when due or being delivered; oldest first. */
    private List<AcceptedRequest> heads(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM accepted_request r "
                + "WHERE (r.state = 'DELIVERING' OR r.state = 'PENDING' AND r.next_attempt_at <= ?) "
                + "AND NOT EXISTS (SELECT 1 FROM accepted_request e "
                + "WHERE e.document_kind = r.document_kind AND e.document_ref = r.document_ref "
                + "AND e.state IN " + OPEN + " AND e.sequence_no < r.sequence_no) "
                + "ORDER BY r.sequence_no FETCH FIRST 200 ROWS ONLY")) {
            select.setObject(1, store.now());
            List<AcceptedRequest> heads = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    heads.add(read(row));
                }
            }
            return heads;
        }
    }

    /** The row, unless another process took it since it was read. */
    private boolean take(Connection connection, AcceptedRequest head) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE accepted_request SET state = ?, "
                + "owner_instance = ?, delivering_since = ?, attempts = attempts + 1 WHERE sequence_no = ? "
                + "AND state = ?" + (head.state() == State.DELIVERING ? " AND owner_instance = ?" : ""))) {
            update.setString(1, State.DELIVERING.name());
            update.setString(2, store.instanceId());
            update.setObject(3, store.now());
            update.setLong(4, head.sequence());
            update.setString(5, head.state().name());
            if (head.state() == State.DELIVERING) {
                update.setString(6, head.owner());
            }
            return update.executeUpdate() == 1;
        }
    }

    /** Before a change is first sent: SAP's newest change number of the document, kept for a later check. */
    public boolean markChange(long sequence, String changeMark) {
        return updateOwned(sequence, "change_mark = ?", statement -> statement.setString(1, changeMark));
    }

    /** The delivery's final outcome; the request leaves its document's queue. */
    public boolean finish(long sequence, State state, String documentNumber, String outcome) {
        return updateOwned(sequence, "state = ?, document_number = COALESCE(?, document_number), outcome = ?, "
                + "delivered_at = ?, pending_create = NULL, last_error = NULL", statement -> {
                    statement.setString(1, state.name());
                    statement.setString(2, documentNumber);
                    statement.setString(3, outcome);
                    statement.setObject(4, store.now());
                });
    }

    /** SAP (or the store) was not available: pending again, next attempt after the backoff. */
    public boolean retryLater(long sequence, Duration backoff, String error) {
        return updateOwned(sequence, "state = ?, next_attempt_at = ?, last_error = ?", statement -> {
            statement.setString(1, State.PENDING.name());
            statement.setObject(2, store.now().plus(backoff));
            statement.setString(3, error == null ? null : error.substring(0, Math.min(error.length(), 1000)));
        });
    }

    /** Removes the final requests delivered before the retention time; returns how many. */
    public int purgeFinished(Duration retention) {
        return store.inTransaction("cannot remove delivered requests", connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM accepted_request "
                    + "WHERE delivered_at < ? AND state NOT IN " + OPEN)) {
                delete.setObject(1, store.now().minus(retention));
                return delete.executeUpdate();
            }
        });
    }

    private interface Assignments {
        void set(PreparedStatement statement) throws SQLException;
    }

    /** Updates a row this process delivers; false when it is not (any longer) this process's. */
    private boolean updateOwned(long sequence, String assignments, Assignments values) {
        int parameters = assignments.length() - assignments.replace("?", "").length();
        return store.inTransaction("cannot record the delivery of request " + sequence, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE accepted_request SET " + assignments
                    + " WHERE sequence_no = ? AND owner_instance = ? AND state = ?")) {
                values.set(update);
                update.setLong(parameters + 1, sequence);
                update.setString(parameters + 2, store.instanceId());
                update.setString(parameters + 3, State.DELIVERING.name());
                return update.executeUpdate() == 1;
            }
        });
    }

    private Optional<AcceptedRequest> selectOne(Connection connection, String condition, Object value)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM accepted_request WHERE " + condition)) {
            select.setObject(1, value);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(read(row)) : Optional.empty();
            }
        }
    }

    private static AcceptedRequest read(ResultSet row) throws SQLException {
        return new AcceptedRequest(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
                DocumentKind.valueOf(row.getString(5)), row.getString(6), row.getString(7), row.getString(8),
                row.getString(9), State.valueOf(row.getString(10)), row.getInt(11), row.getString(12),
                row.getString(13), row.getObject(14, OffsetDateTime.class), row.getObject(15, OffsetDateTime.class),
                row.getObject(16, OffsetDateTime.class), row.getObject(17, OffsetDateTime.class), row.getString(18),
                row.getString(19));
    }
}
