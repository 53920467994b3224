package org.presalesbridge.sap.jco;

import java.util.List;
import java.util.Map;

import org.presalesbridge.document.SalesDocument;

/**
 * A document as BAPISDORDER_GETDETAILEDLIST shows it, plus what a change needs and the CRM does not see: the
 * schedule line numbers of each item (POSNR "000010" → ["0001", …]).
 */
record DisplayedDocument(SalesDocument document, Map<String, List<String>> scheduleLines) {

    List<String> scheduleLinesOf(String sapItemNumber) {
        return scheduleLines.getOrDefault(sapItemNumber, List.of());
    }
}
