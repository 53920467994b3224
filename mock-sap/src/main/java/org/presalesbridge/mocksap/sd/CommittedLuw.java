package org.presalesbridge.mocksap.sd;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What one commit (BAPI_TRANSACTION_COMMIT, or a user saving in a transaction) wrote to the
 * database: the documents in their new state (and which of them it created), the new document flow
 * records and change documents,
 * and the number range levels and last change number after it. In commit order ({@code sequence});
 * enough to replay the commit onto an imported state.
 */
public record CommittedLuw(long sequence, String sessionId, String user, Instant committedAt,
                           List<SalesDocument> documents, List<String> createdDocuments,
                           List<DocumentFlowLink> flows,
                           List<ChangeDocument> changeDocuments, Map<String, Long> numberRangeLevels,
                           long lastChangeNumber) {
}
