package org.presalesbridge.mocksap.sd;

import java.util.List;
import java.util.Map;

/**
 * The whole document state of the system, for export and import: documents, document flow, change
 * documents, number range levels (last number drawn per document type), last change number and
 * last commit sequence. Master data is not part of it (it comes from the CSV files).
 */
public record SdState(List<SalesDocument> documents, List<DocumentFlowLink> flows,
                      List<ChangeDocument> changeDocuments, Map<String, Long> numberRangeLevels,
                      long lastChangeNumber, long lastCommitSequence) {
}
