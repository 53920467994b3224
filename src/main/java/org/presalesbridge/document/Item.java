package org.presalesbridge.document;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An item of an inquiry or quotation, in the CRM's terms. On create the CRM gives material, quantity, unit and
 * optionally requested delivery date and text; SAP adds item number, net value, reason for rejection and status.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Item(Integer itemNumber, String material, BigDecimal quantity, String unit,
                   LocalDate requestedDeliveryDate, String text, BigDecimal netValue, String reasonForRejection,
                   ItemStatus status) {

    /** An item as the CRM asks for it. */
    public static Item requested(String material, BigDecimal quantity, String unit, LocalDate requestedDeliveryDate,
                                 String text) {
        return new Item(null, material, quantity, unit, requestedDeliveryDate, text, null, null, null);
    }
}
