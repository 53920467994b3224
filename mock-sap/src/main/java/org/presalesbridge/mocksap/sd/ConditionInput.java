package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;

/**
 * A condition a caller sends (BAPICOND): update flag, item ITM_NUMBER, type COND_TYPE, rate
 * COND_VALUE in CURRENCY per COND_P_UNT COND_UNIT. mock-sap prices with PR00 only: a PR00 from the
 * caller is a manual price and replaces the list price.
 */
public record ConditionInput(char updateFlag, String item, String type, BigDecimal rate, String currency,
                             BigDecimal priceUnit, String unit) {
}
