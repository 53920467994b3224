package org.presalesbridge.sap.jco;

import org.presalesbridge.document.DocumentKind;

/**
 * The function modules of one document kind and the prefix of their parameter names: where inquiries and
 * quotations differ in SAP, and only there.
 *
 * @param create       BAPI_INQUIRY_CREATEFROMDATA2 / BAPI_QUOTATION_CREATEFROMDATA2
 * @param change       BAPI_CUSTOMERINQUIRY_CHANGE / BAPI_CUSTOMERQUOTATION_CHANGE
 * @param prefix       INQUIRY / QUOTATION, as in INQUIRY_HEADER_IN, QUOTATION_ITEMS_IN
 * @param category     SD document category (VBTYP): A inquiry, B quotation
 */
record DocumentBapis(String create, String change, String prefix, String category) {

    static DocumentBapis of(DocumentKind kind) {
        return switch (kind) {
            case INQUIRY -> new DocumentBapis("BAPI_INQUIRY_CREATEFROMDATA2", "BAPI_CUSTOMERINQUIRY_CHANGE",
                    "INQUIRY", "A");
            case QUOTATION -> new DocumentBapis("BAPI_QUOTATION_CREATEFROMDATA2", "BAPI_CUSTOMERQUOTATION_CHANGE",
                    "QUOTATION", "B");
        };
    }

    String headerIn() {
        return prefix + "_HEADER_IN";
    }

    String headerInX() {
        return prefix + "_HEADER_INX";
    }

    /** The create BAPI's items, {@code …_ITEMS_IN}; the change BAPI's names are read from it: {@link ChangeParameters}. */
    String createItemsIn() {
        return prefix + "_ITEMS_IN";
    }
}
