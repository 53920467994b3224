package org.presalesbridge.sap;

/**
 * A change document SAP wrote when a change of a sales document was committed (CDHDR: OBJECTCLAS VERKBELEG,
 * OBJECTID = VBELN, CHANGENR, USERNAME); {@code byAdapter}: written under the SAP user the adapter logs on as.
 */
public record SapChangeDocument(String changeNumber, String user, boolean byAdapter) {
}
