package org.presalesbridge.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.presalesbridge.document.DocumentKind;

/** Every write the adapter sent to SAP, with who asked, when, and what SAP answered. */
public final class AuditTrail {

    /** One write: {@code operation} create, change or in-doubt; {@code outcome} saved, rejected, failed, found. */
    public record Event(String client, String operation, DocumentKind kind, String documentNumber, String externalId,
                        String outcome, String sapMessages) {
    }

    /** The longest text of SAP's messages kept per event, in characters: the column sap_messages. */
    public static final int LONGEST_SAP_MESSAGES = 100_000;

    private final Store store;

    public AuditTrail(Store store) {
        this.store = store;
    }

    public void record(Event event) {
        store.inTransaction("cannot write the audit trail", connection -> insert(store, connection, event));
    }

    /** Writes the event in the caller's transaction (with the write it records). */
    static int insert(Store store, Connection connection, Event event) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (occurred_at, "
                + "instance_id, client_id, operation, document_kind, document_number, external_id, outcome, "
                + "sap_messages) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, store.now());
            insert.setString(2, store.instanceId());
            insert.setString(3, event.client());
            insert.setString(4, event.operation());
            insert.setString(5, event.kind().name());
            insert.setString(6, event.documentNumber());
            insert.setString(7, event.externalId());
            insert.setString(8, event.outcome());
            insert.setString(9, fitted(event.sapMessages()));
            return insert.executeUpdate();
        }
    }

    /**
     * SAP's messages, one a line, as many whole lines as the column holds, and then how many are not kept. A
     * rejection of thousands of items has thousands of messages; the write it records must not fail for them (its
     * caller gets them all in the answer).
     */
    static String fitted(String sapMessages) {
        if (sapMessages == null || sapMessages.length() <= LONGEST_SAP_MESSAGES) {
            return sapMessages;
        }
        int lines = (int) sapMessages.chars().filter(c -> c == '\n').count() + 1;
        // the note is at most this long: a newline, the sentence and two counts of 10 digits
        int room = LONGEST_SAP_MESSAGES - 70;
        int end = sapMessages.lastIndexOf('\n', room);
        String kept = end < 0 ? "" : sapMessages.substring(0, end);
        int keptLines = end < 0 ? 0 : (int) kept.chars().filter(c -> c == '\n').count() + 1;
        return kept + (end < 0 ? "" : "\n") + "... " + (lines - keptLines) + " more of SAP's " + lines
                + " messages not kept here";
    }

    /** The events of one document, oldest first. */
    public List<Event> of(DocumentKind kind, String documentNumber) {
        return store.inTransaction("cannot read the audit trail", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT client_id, operation, "
                    + "document_number, external_id, outcome, sap_messages FROM audit_event "
                    + "WHERE document_kind = ? AND document_number = ? ORDER BY event_id")) {
                select.setString(1, kind.name());
                select.setString(2, documentNumber);
                List<Event> events = new ArrayList<>();
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        events.add(new Event(row.getString(1), row.getString(2), kind, row.getString(3),
                                row.getString(4), row.getString(5), row.getString(6)));
                    }
                }
                return events;
            }
        });
    }
}
