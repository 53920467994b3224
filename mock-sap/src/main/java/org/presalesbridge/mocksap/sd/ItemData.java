package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;

/**
 * Item fields as a caller sends them (BAPISDITM) and as the document keeps them. In a change, null
 * means "not flagged in the X structure"; see {@link HeaderData}.
 */
public record ItemData(
        String higherLevelItem,     // HG_LV_ITEM, UEPOS
        String material,            // MATERIAL, MATNR
        BigDecimal targetQuantity,  // TARGET_QTY, ZMENG
        String targetUnit,          // TARGET_QU, ZIEME
        String plant,               // PLANT, WERKS
        String itemCategory,        // ITEM_CATEG, PSTYV
        String shortText,           // SHORT_TEXT, ARKTX
        String rejectionReason,     // REASON_REJ, ABGRU
        String purchaseOrderNumber, // PURCH_NO_C, BSTKD
        String orderProbability,    // ORDER_PROB, AWAHR
        String referenceDocument,   // REF_DOC, VGBEL
        String referenceItem,       // REF_DOC_IT, VGPOS
        String referenceCategory) { // REF_DOC_CA, VGTYP

    public static ItemData empty() {
        return new ItemData("", "", BigDecimal.ZERO, "", "", "", "", "", "", "", "", "", "");
    }

    /** These fields overwritten by the flagged fields of a change. */
    public ItemData merge(ItemData change) {
        return new ItemData(HeaderData.pick(change.higherLevelItem, higherLevelItem),
                HeaderData.pick(change.material, material), HeaderData.pick(change.targetQuantity, targetQuantity),
                HeaderData.pick(change.targetUnit, targetUnit), HeaderData.pick(change.plant, plant),
                HeaderData.pick(change.itemCategory, itemCategory), HeaderData.pick(change.shortText, shortText),
                HeaderData.pick(change.rejectionReason, rejectionReason),
                HeaderData.pick(change.purchaseOrderNumber, purchaseOrderNumber),
                HeaderData.pick(change.orderProbability, orderProbability),
                HeaderData.pick(change.referenceDocument, referenceDocument),
                HeaderData.pick(change.referenceItem, referenceItem),
                HeaderData.pick(change.referenceCategory, referenceCategory));
    }
}
