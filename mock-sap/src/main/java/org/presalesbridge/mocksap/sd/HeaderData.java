package org.presalesbridge.mocksap.sd;

import java.time.LocalDate;

import org.presalesbridge.mocksap.sd.masterdata.SalesArea;

/**
 * Header fields as a caller sends them (BAPISDHD1 to create, BAPISDH1 to change) and as the document
 * keeps them. In a change, null means "not flagged in the X structure": the field keeps its value;
 * a flagged empty text is "", a flagged empty date (00000000) is {@link #CLEARED_DATE}.
 */
public record HeaderData(
        String documentType,             // DOC_TYPE, AUART
        SalesArea salesArea,             // SALES_ORG, DISTR_CHAN, DIVISION
        String salesGroup,               // SALES_GRP, VKGRP
        String salesOffice,              // SALES_OFF, VKBUR
        String purchaseOrderNumber,      // PURCH_NO_C, BSTNK: where the CRM keeps its key
        LocalDate purchaseOrderDate,     // PURCH_DATE, BSTDK
        String ordererName,              // NAME, BNAME
        String yourReference,            // REF_1, IHREZ
        LocalDate documentDate,          // DOC_DATE, AUDAT
        LocalDate requestedDeliveryDate, // REQ_DATE_H, VDATU
        LocalDate pricingDate,           // PRICE_DATE, PRSDT
        LocalDate validFrom,             // QT_VALID_F, ANGDT
        LocalDate validTo,               // QT_VALID_T, BNDDT
        String orderReason,              // ORD_REASON, AUGRU
        String paymentTerms,             // PMNTTRMS, ZTERM
        String incoterms1,               // INCOTERMS1, INCO1
        String incoterms2,               // INCOTERMS2, INCO2
        String currency,                 // CURRENCY, WAERK
        String referenceDocument,        // REF_DOC, VGBEL
        String referenceCategory) {      // REFDOC_CAT, VGTYP

    /** Stands for "flagged and empty" (00000000) in a change, as null stands for "not flagged". */
    public static final LocalDate CLEARED_DATE = LocalDate.of(1, 1, 1);

    /** These fields overwritten by the flagged fields of a change. */
    public HeaderData merge(HeaderData change) {
        return new HeaderData(pick(change.documentType, documentType), pick(change.salesArea, salesArea),
                pick(change.salesGroup, salesGroup), pick(change.salesOffice, salesOffice),
                pick(change.purchaseOrderNumber, purchaseOrderNumber),
                date(change.purchaseOrderDate, purchaseOrderDate), pick(change.ordererName, ordererName),
                pick(change.yourReference, yourReference), date(change.documentDate, documentDate),
                date(change.requestedDeliveryDate, requestedDeliveryDate), date(change.pricingDate, pricingDate),
                date(change.validFrom, validFrom), date(change.validTo, validTo),
                pick(change.orderReason, orderReason), pick(change.paymentTerms, paymentTerms),
                pick(change.incoterms1, incoterms1), pick(change.incoterms2, incoterms2),
                pick(change.currency, currency), pick(change.referenceDocument, referenceDocument),
                pick(change.referenceCategory, referenceCategory));
    }

    static <T> T pick(T changed, T current) {
        return changed != null ? changed : current;
    }

    static LocalDate date(LocalDate changed, LocalDate current) {
        if (CLEARED_DATE.equals(changed)) {
            return null;
        }
        return changed != null ? changed : current;
    }
}
