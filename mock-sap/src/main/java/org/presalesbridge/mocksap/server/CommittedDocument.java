package org.presalesbridge.mocksap.server;

import java.time.Instant;

/**
 * A document as one commit wrote it, in the ledger: commit sequence, session, user, time, document
 * number, category (VBTYP), type (AUART), purchase order number (BSTNK, where the CRM keeps its
 * key), and whether the commit created it or changed it.
 */
public record CommittedDocument(long commitSequence, String sessionId, String user, Instant committedAt,
                                String documentNumber, char category, String documentType,
                                String purchaseOrderNumber, boolean created) {
}
