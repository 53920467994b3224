package org.presalesbridge.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a CRM changes in an existing inquiry or quotation: the header fields it sends (absent = unchanged) and
 * item changes. Validity applies to quotations only.
 */
public record DocumentChange(String customerReference, LocalDate requestedDeliveryDate, String shipTo,
                             LocalDate validFrom, LocalDate validTo, List<ItemChange> items) {

    public List<ItemChange> itemChanges() {
        return items == null ? List.of() : items;
    }
}
