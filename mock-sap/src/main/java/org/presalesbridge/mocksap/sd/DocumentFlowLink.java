package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One record of the document flow (VBFA): preceding document VBELV/POSNV of category VBTYP_V,
 * subsequent document VBELN/POSNN of category VBTYP_N, referenced quantity RFMNG in MEINS and value
 * RFWRT in WAERS, created ERDAT/ERZET.
 */
public record DocumentFlowLink(String precedingDocument, String precedingItem, char precedingCategory,
                               String subsequentDocument, String subsequentItem, char subsequentCategory,
                               BigDecimal quantity, String unit, BigDecimal value, String currency,
                               LocalDate createdOn, LocalTime createdAt) {

    public boolean concerns(String document) {
        return precedingDocument.equals(document) || subsequentDocument.equals(document);
    }
}
