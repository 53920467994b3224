package org.presalesbridge.mocksap.bapi;

/**
 * The parameter names of the create and change BAPIs of one document kind. SAP names them after
 * the business object (INQUIRY_…, QUOTATION_…), and the change BAPIs differently from the create
 * ones (singular ITEM_IN, shared PARTNERS, SCHEDULE_LINES, CONDITIONS_IN).
 */
record DocumentParameters(String headerIn, String headerInX, String itemsIn, String itemsInX, String partners,
                          String schedulesIn, String schedulesInX, String conditionsIn, String conditionsInX,
                          String texts) {

    /** BAPI_INQUIRY_CREATEFROMDATA2, BAPI_QUOTATION_CREATEFROMDATA2: prefix INQUIRY or QUOTATION. */
    static DocumentParameters create(String prefix) {
        return new DocumentParameters(prefix + "_HEADER_IN", prefix + "_HEADER_INX", prefix + "_ITEMS_IN",
                prefix + "_ITEMS_INX", prefix + "_PARTNERS", prefix + "_SCHEDULES_IN", prefix + "_SCHEDULES_INX",
                prefix + "_CONDITIONS_IN", prefix + "_CONDITIONS_INX", prefix + "_TEXT");
    }

    /** BAPI_CUSTOMERINQUIRY_CHANGE, BAPI_CUSTOMERQUOTATION_CHANGE: prefix INQUIRY or QUOTATION. */
    static DocumentParameters change(String prefix) {
        return new DocumentParameters(prefix + "_HEADER_IN", prefix + "_HEADER_INX", prefix + "_ITEM_IN",
                prefix + "_ITEM_INX", "PARTNERS", "SCHEDULE_LINES", "SCHEDULE_LINESX", "CONDITIONS_IN",
                "CONDITIONS_INX", prefix + "_TEXT");
    }
}
