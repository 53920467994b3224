package org.presalesbridge.mocksap.sd.masterdata;

import java.util.Set;

/**
 * A sales document type (TVAK): code (AUART), SD document category (VBTYP), transaction group
 * (TRVOG), name, default item category (PSTYV), its internal number range, whether a validity
 * period is required, and the categories it may be created with reference to (copy control).
 */
public record DocumentType(String code, char category, char transactionGroup, String name, String itemCategory,
                           long numberFrom, long numberTo, boolean validityRequired, Set<Character> copyFrom) {
}
