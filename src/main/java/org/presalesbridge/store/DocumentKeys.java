package org.presalesbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import org.presalesbridge.document.DocumentKind;

/**
 * The CRM's key of each document and SAP's number for it. Before SAP is asked to create a document, its external id
 * is claimed here; the primary key makes sure that of all requests for one external id, in any adapter process on
 * one database, exactly one goes on to SAP.
 */
public final class DocumentKeys {

    public enum State {
        /** A request of a live process is creating the document now. */
        CLAIMED,
        /** SAP may have saved it, the answer was lost: SAP must be asked by the external id before a new create. */
        IN_DOUBT,
        /** SAP saved it under {@code documentNumber}. */
        CREATED
    }

    /** A row of the mapping. */
    public record DocumentKey(DocumentKind kind, String externalId, State state, String fingerprint,
                              String documentNumber, String owner) {
    }

    /** What a claim got. */
    public sealed interface Claim {
    }

    /**
     * The caller owns the external id now and may create the document. {@code mustAskSap}: the id was in doubt or
     * claimed by a process that died; SAP may have the document already (with the content {@code fingerprint} of
     * the request before), so SAP is asked by the external id first.
     */
    public record Granted(boolean mustAskSap, String previousFingerprint) implements Claim {
    }

    /** Another request has it: created already, or being created by a live process now. */
    public record Taken(DocumentKey key) implements Claim {
    }

    private static final String COLUMNS =
            "document_kind, external_id, state, request_fingerprint, document_number, owner_instance";

    private final Store store;

    public DocumentKeys(Store store) {
        this.store = store;
    }

    /** Claims the external id for a create with this request fingerprint. */
    public Claim claim(DocumentKind kind, String externalId, String fingerprint) {
        for (int attempt = 0; attempt < 10; attempt++) {
            if (insertClaim(kind, externalId, fingerprint)) {
                return new Granted(false, null);
            }
            Optional<Claim> existing = store.inTransaction("cannot read the claim of " + externalId,
                    connection -> takeOverOrReport(connection, kind, externalId));
            if (existing.isPresent()) {
                return existing.get();
            }
            // the row went away (a rejected create released it) or changed hands meanwhile: try again
        }
        throw new IllegalStateException("The claim of " + externalId + " keeps changing hands");
    }

    private boolean insertClaim(DocumentKind kind, String externalId, String fingerprint) {
        return store.insertUnlessPresent("cannot claim " + externalId, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO document_key ("
                    + COLUMNS + ", claimed_at) VALUES (?, ?, ?, ?, NULL, ?, ?)")) {
                insert.setString(1, kind.name());
                insert.setString(2, externalId);
                insert.setString(3, State.CLAIMED.name());
                insert.setString(4, fingerprint);
                insert.setString(5, store.instanceId());
                insert.setObject(6, store.now());
                return insert.executeUpdate();
            }
        });
    }

    private Optional<Claim> takeOverOrReport(Connection connection, DocumentKind kind, String externalId)
            throws SQLException {
        Optional<DocumentKey> found = select(connection, kind, externalId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        DocumentKey key = found.get();
        boolean abandoned = key.state() == State.IN_DOUBT
                || key.state() == State.CLAIMED && !store.isAlive(connection, key.owner());
        if (!abandoned) {
            return Optional.of(new Taken(key));
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE document_key SET state = ?, "
                + "owner_instance = ?, claimed_at = ? WHERE document_kind = ? AND external_id = ? AND state = ? "
                + "AND (owner_instance = ? OR owner_instance IS NULL)")) {
            update.setString(1, State.CLAIMED.name());
            update.setString(2, store.instanceId());
            update.setObject(3, store.now());
            update.setString(4, kind.name());
            update.setString(5, externalId);
            update.setString(6, key.state().name());
            update.setString(7, key.owner());
            return update.executeUpdate() == 1 ? Optional.of(new Granted(true, key.fingerprint())) : Optional.empty();
        }
    }

    /** SAP saved the document under this number; the audit event goes in the same transaction. */
    public void created(DocumentKind kind, String externalId, String documentNumber, String fingerprint,
                        AuditTrail.Event audit) {
        store.inTransaction("cannot write the key of " + kind.label() + " " + externalId, connection -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE document_key SET state = ?, "
                    + "document_number = ?, request_fingerprint = ?, created_at = ? "
                    + "WHERE document_kind = ? AND external_id = ?")) {
                update.setString(1, State.CREATED.name());
                update.setString(2, documentNumber);
                update.setString(3, fingerprint);
                update.setObject(4, store.now());
                update.setString(5, kind.name());
                update.setString(6, externalId);
                update.executeUpdate();
            }
            return AuditTrail.insert(store, connection, audit);
        });
    }

    /** The create may have been saved by SAP: whoever comes next asks SAP first. */
    public void inDoubt(DocumentKind kind, String externalId) {
        update(kind, externalId, "UPDATE document_key SET state = ? WHERE document_kind = ? AND external_id = ? "
                + "AND owner_instance = ? AND state = ?", statement -> {
                    statement.setString(1, State.IN_DOUBT.name());
                    statement.setString(2, kind.name());
                    statement.setString(3, externalId);
                    statement.setString(4, store.instanceId());
                    statement.setString(5, State.CLAIMED.name());
                });
    }

    /** SAP has no such document (it refused it, or it was never saved): the external id is free again. */
    public void release(DocumentKind kind, String externalId) {
        update(kind, externalId, "DELETE FROM document_key WHERE document_kind = ? AND external_id = ? "
                + "AND owner_instance = ? AND state <> ?", statement -> {
                    statement.setString(1, kind.name());
                    statement.setString(2, externalId);
                    statement.setString(3, store.instanceId());
                    statement.setString(4, State.CREATED.name());
                });
    }

    public Optional<DocumentKey> find(DocumentKind kind, String externalId) {
        return store.inTransaction("cannot read " + externalId, connection -> select(connection, kind, externalId));
    }

    private interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    private void update(DocumentKind kind, String externalId, String sql, Parameters parameters) {
        store.inTransaction("cannot write the key of " + kind.label() + " " + externalId, connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                parameters.set(statement);
                return statement.executeUpdate();
            }
        });
    }

    private static Optional<DocumentKey> select(Connection connection, DocumentKind kind, String externalId)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM document_key WHERE document_kind = ? AND external_id = ?")) {
            select.setString(1, kind.name());
            select.setString(2, externalId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new DocumentKey(DocumentKind.valueOf(row.getString(1)), row.getString(2),
                        State.valueOf(row.getString(3)), row.getString(4), row.getString(5), row.getString(6)));
            }
        }
    }
}
