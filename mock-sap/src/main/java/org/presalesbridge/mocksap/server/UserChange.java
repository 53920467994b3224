package org.presalesbridge.mocksap.server;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a user changes in a document as in VA22 (VA12, VA02): header fields (null: unchanged) and
 * item quantities. A quantity replaces the item's order quantity: on its schedule line when it has
 * one, else as one schedule line.
 */
public record UserChange(LocalDate validFrom, LocalDate validTo, LocalDate requestedDeliveryDate,
                         String purchaseOrderNumber, String yourReference, String paymentTerms, String incoterms1,
                         String incoterms2, String orderReason, List<ItemQuantity> itemQuantities) {

    public UserChange {
        itemQuantities = itemQuantities == null ? List.of() : List.copyOf(itemQuantities);
    }

    /** An item's new order quantity (KWMENG) in its sales unit. */
    public record ItemQuantity(String item, BigDecimal quantity) {
    }

    public static UserChange quantity(String item, BigDecimal quantity) {
        return new UserChange(null, null, null, null, null, null, null, null, null,
                List.of(new ItemQuantity(item, quantity)));
    }

    public static UserChange validTo(LocalDate validTo) {
        return new UserChange(null, validTo, null, null, null, null, null, null, null, List.of());
    }
}
