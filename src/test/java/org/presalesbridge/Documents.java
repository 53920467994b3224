package org.presalesbridge;

/** Request bodies a CRM sends, for the customers, materials and sales areas of mock-sap's master data. */
public final class Documents {

    public static final String SALES_AREA =
            "\"salesArea\": {\"salesOrganization\": \"1000\", \"distributionChannel\": \"10\", \"division\": \"00\"}";

    private Documents() {
    }

    /** An inquiry of customer 1000 for 5 pieces of M-01 and 2.5 of M-05. */
    public static String inquiry(String externalId) {
        return """
                {"externalId": "%s", %s, "soldTo": "1000", "customerReference": "RFQ 4711",
                 "requestedDeliveryDate": "2030-03-02",
                 "items": [{"material": "M-01", "quantity": 5, "unit": "PCE"},
                           {"material": "M-05", "quantity": 2.5, "unit": "PCE", "text": "Ball valve, special"}]}
                """.formatted(externalId, SALES_AREA);
    }

    /** A quotation of customer 1000 for 3 pieces of M-02, valid in the first quarter of 2030. */
    public static String quotation(String externalId) {
        return """
                {"externalId": "%s", %s, "soldTo": "1000", "validFrom": "2030-01-01", "validTo": "2030-03-31",
                 "items": [{"material": "M-02", "quantity": 3, "unit": "PCE"}]}
                """.formatted(externalId, SALES_AREA);
    }

    /** A quotation with reference to an inquiry, no items of its own. */
    public static String quotationFor(String inquiry, String externalId) {
        return """
                {"externalId": "%s", %s, "soldTo": "1000", "validFrom": "2030-01-01", "validTo": "2030-03-31",
                 "referenceInquiry": "%s"}
                """.formatted(externalId, SALES_AREA, inquiry);
    }
}
