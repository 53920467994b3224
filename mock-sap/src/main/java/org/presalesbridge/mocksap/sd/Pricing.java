package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.presalesbridge.mocksap.sd.masterdata.MaterialSalesData;

/**
 * Pricing as mock-sap does it: one condition PR00 per item, its rate from the material's list price
 * in the sales organization (or a manual rate from the caller), value = rate x quantity / price unit,
 * rounded to two decimals. A net value holds what SAP's NETWR (CURR 15,2) holds: one beyond its 13 digits
 * before the point stops the call with a runtime error, as an overflow in SAP's pricing does, and nothing is saved.
 */
final class Pricing {

    static final String PRICE_CONDITION = "PR00";
    private static final String STEP = "011";
    private static final String COUNTER = "01";
    private static final BigDecimal NET_VALUE_LIMIT = BigDecimal.TEN.pow(13);

    private Pricing() {
    }

    static PricingCondition listPrice(MaterialSalesData listPrice, BigDecimal quantity) {
        return condition(listPrice.price(), listPrice.currency(), listPrice.priceUnit(),
                listPrice.priceUnitOfMeasure(), quantity, false);
    }

    static PricingCondition manualPrice(ConditionInput input, MaterialSalesData listPrice, String currency,
                                        BigDecimal quantity) {
        BigDecimal priceUnit = input.priceUnit() == null || input.priceUnit().signum() == 0
                ? listPrice.priceUnit() : input.priceUnit();
        String unit = input.unit() == null || input.unit().isEmpty() ? listPrice.priceUnitOfMeasure() : input.unit();
        String conditionCurrency = input.currency() == null || input.currency().isEmpty() ? currency : input.currency();
        return condition(input.rate(), conditionCurrency, priceUnit, unit, quantity, true);
    }

    /** The same rate applied to another quantity. */
    static PricingCondition requantify(PricingCondition condition, BigDecimal quantity) {
        return condition(condition.rate(), condition.currency(), condition.priceUnit(), condition.unit(), quantity,
                condition.manual());
    }

    private static PricingCondition condition(BigDecimal rate, String currency, BigDecimal priceUnit, String unit,
                                              BigDecimal quantity, boolean manual) {
        BigDecimal value = netValue(rate.multiply(quantity).divide(priceUnit, 2, RoundingMode.HALF_UP), "an item");
        return new PricingCondition(STEP, COUNTER, PRICE_CONDITION, rate.setScale(2, RoundingMode.HALF_UP), currency,
                priceUnit, unit, quantity, value, manual);
    }

    /** The value, if it fits NETWR (CURR 15,2); otherwise SAP's pricing overflows and the call dumps. */
    static BigDecimal netValue(BigDecimal value, String of) {
        if (value.abs().compareTo(NET_VALUE_LIMIT) >= 0) {
            throw new ArithmeticException("COMPUTE_BCD_OVERFLOW: the net value " + value.toPlainString() + " of " + of
                    + " does not fit NETWR (CURR 15,2)");
        }
        return value;
    }
}
