package org.presalesbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The {@code Idempotency-Key} records: per API client and key, the fingerprint of the first request and, once it
 * was answered, the answer to replay. Records expire after the retention time.
 */
public final class IdempotencyRecords {

    /** An answer as the API sent it. */
    public record StoredAnswer(int status, String location, String contentType, String body) {
    }

    /** What beginning a request with a key found. */
    public sealed interface Begin {
    }

    /** The key is new (or its first request died with its process): the request runs. */
    public record Started() implements Begin {
    }

    /** The same request was answered before: this is its answer. */
    public record Replay(StoredAnswer answer) implements Begin {
    }

    /** The key was used for another request (another body or operation). */
    public record Mismatch(String operation) implements Begin {
    }

    /** The first request with this key is still running. */
    public record InProgress() implements Begin {
    }

    /**
     * The first request with this key was a change that was cut off after SAP's newest change number of the
     * document was recorded ({@code changeMark}): this request takes it over and must ask SAP's change documents
     * whether it was applied before sending it again.
     */
    public record TakenOver(String changeMark) implements Begin {
    }

    /** The longest answer kept for replays, in characters: the column response_body ({@link Store#LONGEST_TEXT}). */
    public static final int LONGEST_ANSWER = Store.LONGEST_TEXT;

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETE = "COMPLETE";

    private final Store store;
    private final Duration retention;
    private final Duration settle;

    public IdempotencyRecords(Store store, Duration retention) {
        this(store, retention, Duration.ZERO);
    }

    /**
     * @param settle how long a change that SAP timed out on is left alone before its change documents are read:
     *               the SAP session given up on may still commit meanwhile
     */
    public IdempotencyRecords(Store store, Duration retention, Duration settle) {
        this.store = store;
        this.retention = retention;
        this.settle = settle;
    }

    public Duration retention() {
        return retention;
    }

    public Begin begin(String client, String key, String operation, String fingerprint) {
        for (int attempt = 0; attempt < 10; attempt++) {
            if (insert(client, key, operation, fingerprint)) {
                return new Started();
            }
            Optional<Begin> existing = store.inTransaction("cannot read idempotency key " + key,
                    connection -> existing(connection, client, key, operation, fingerprint));
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        throw new IllegalStateException("Idempotency key " + key + " keeps changing hands");
    }

    private boolean insert(String client, String key, String operation, String fingerprint) {
        return store.insertUnlessPresent("cannot record idempotency key " + key, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO idempotency_record "
                    + "(client_id, idempotency_key, operation, request_fingerprint, state, owner_instance, "
                    + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime now = store.now();
                insert.setString(1, client);
                insert.setString(2, key);
                insert.setString(3, operation);
                insert.setString(4, fingerprint);
                insert.setString(5, IN_PROGRESS);
                insert.setString(6, store.instanceId());
                insert.setObject(7, now);
                insert.setObject(8, now.plus(retention));
                return insert.executeUpdate();
            }
        });
    }

    /** The record there; empty when it expired or was taken from a dead process (deleted: begin again). */
    private Optional<Begin> existing(Connection connection, String client, String key, String operation,
                                     String fingerprint) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT operation, request_fingerprint, state, "
                + "owner_instance, response_status, response_location, response_content_type, response_body, "
                + "expires_at, change_mark, left_in_doubt_at FROM idempotency_record "
                + "WHERE client_id = ? AND idempotency_key = ?")) {
            select.setString(1, client);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                boolean expired = row.getObject(9, OffsetDateTime.class).isBefore(store.now());
                String owner = row.getString(4);
                boolean abandoned = IN_PROGRESS.equals(row.getString(3)) && !store.isAlive(connection, owner);
                String changeMark = row.getString(10);
                if (expired || abandoned && changeMark == null) {
                    // a change cut off before its mark was recorded was never sent to SAP
                    delete(connection, client, key);
                    return Optional.empty();
                }
                if (!row.getString(1).equals(operation) || !row.getString(2).equals(fingerprint)) {
                    return Optional.of(new Mismatch(row.getString(1)));
                }
                if (abandoned) {
                    OffsetDateTime leftInDoubt = row.getObject(11, OffsetDateTime.class);
                    if (leftInDoubt != null && leftInDoubt.plus(settle).isAfter(store.now())) {
                        return Optional.of(new InProgress());
                    }
                    return takeOver(connection, client, key, owner)
                            ? Optional.of(new TakenOver(changeMark)) : Optional.empty();
                }
                if (IN_PROGRESS.equals(row.getString(3))) {
                    return Optional.of(new InProgress());
                }
                return Optional.of(new Replay(new StoredAnswer(row.getInt(5), row.getString(6), row.getString(7),
                        row.getString(8))));
            }
        }
    }

    private boolean takeOver(Connection connection, String client, String key, String owner) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_record SET owner_instance = ?, "
                + "left_in_doubt_at = NULL WHERE client_id = ? AND idempotency_key = ? AND state = ? "
                + "AND (owner_instance = ? OR owner_instance IS NULL)")) {
            update.setString(1, store.instanceId());
            update.setString(2, client);
            update.setString(3, key);
            update.setString(4, IN_PROGRESS);
            update.setString(5, owner);
            return update.executeUpdate() == 1;
        }
    }

    /** Before a change with this key is sent to SAP: SAP's newest change number of the document. */
    public void markChange(String client, String key, String changeMark) {
        store.inTransaction("cannot record the change mark of idempotency key " + key, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_record "
                    + "SET change_mark = ? WHERE client_id = ? AND idempotency_key = ? AND owner_instance = ?")) {
                update.setString(1, changeMark);
                update.setString(2, client);
                update.setString(3, key);
                update.setString(4, store.instanceId());
                return update.executeUpdate();
            }
        });
    }

    /**
     * The request ended without an answer worth keeping, after SAP may have applied it (a change with its mark
     * recorded): the record stays, without owner, so that the next request with the key asks SAP's change documents
     * first; {@code sessionMayStillRun} (SAP timed out): not before the settle time. Anything else is released.
     */
    public void leaveInDoubt(String client, String key, boolean sessionMayStillRun) {
        int left = store.inTransaction("cannot leave idempotency key " + key + " in doubt", connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_record "
                    + "SET owner_instance = NULL, left_in_doubt_at = ? WHERE client_id = ? AND idempotency_key = ? "
                    + "AND owner_instance = ? AND state = ? AND change_mark IS NOT NULL")) {
                update.setObject(1, sessionMayStillRun ? store.now() : null);
                update.setString(2, client);
                update.setString(3, key);
                update.setString(4, store.instanceId());
                update.setString(5, IN_PROGRESS);
                return update.executeUpdate();
            }
        });
        if (left == 0) {
            release(client, key);
        }
    }

    /** The request was answered: keep the answer for replays until the record expires. */
    public void complete(String client, String key, StoredAnswer answer) {
        store.inTransaction("cannot store the answer of idempotency key " + key, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE idempotency_record SET state = ?, "
                    + "response_status = ?, response_location = ?, response_content_type = ?, response_body = ? "
                    + "WHERE client_id = ? AND idempotency_key = ? AND owner_instance = ?")) {
                update.setString(1, COMPLETE);
                update.setInt(2, answer.status());
                update.setString(3, answer.location());
                update.setString(4, answer.contentType());
                update.setString(5, answer.body());
                update.setString(6, client);
                update.setString(7, key);
                update.setString(8, store.instanceId());
                return update.executeUpdate();
            }
        });
    }

    /** The request ended without an answer worth keeping (SAP unreachable): the key may be sent again. */
    public void release(String client, String key) {
        store.inTransaction("cannot release idempotency key " + key, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM idempotency_record "
                    + "WHERE client_id = ? AND idempotency_key = ? AND owner_instance = ? AND state = ?")) {
                delete.setString(1, client);
                delete.setString(2, key);
                delete.setString(3, store.instanceId());
                delete.setString(4, IN_PROGRESS);
                return delete.executeUpdate();
            }
        });
    }

    /** Removes expired records; returns how many. */
    public int purgeExpired() {
        return store.inTransaction("cannot remove expired idempotency keys", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM idempotency_record WHERE expires_at < ?")) {
                delete.setObject(1, store.now());
                return delete.executeUpdate();
            }
        });
    }

    private static void delete(Connection connection, String client, String key) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM idempotency_record WHERE client_id = ? AND idempotency_key = ?")) {
            delete.setString(1, client);
            delete.setString(2, key);
            delete.executeUpdate();
        }
    }
}
