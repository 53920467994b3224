package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;

/**
 * A condition of an item's pricing (KONV): step STUNR, counter ZAEHK, type KSCHL (PR00), rate KBETR
 * in currency WAERS per KPEIN KMEIN, base quantity KAWRT, value KWERT; manual when a caller set the rate.
 */
public record PricingCondition(String step, String counter, String type, BigDecimal rate, String currency,
                               BigDecimal priceUnit, String unit, BigDecimal baseQuantity, BigDecimal value,
                               boolean manual) {
}
