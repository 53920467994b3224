package org.presalesbridge.document;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of a change's item list: with an item number it changes that item (or deletes it when
 * {@code delete} is true); without one it adds a new item.
 */
public record ItemChange(Integer itemNumber, String material, BigDecimal quantity, String unit,
                         LocalDate requestedDeliveryDate, String text, String reasonForRejection, Boolean delete) {

    public boolean adds() {
        return itemNumber == null;
    }

    public boolean deletes() {
        return Boolean.TRUE.equals(delete);
    }
}
