package org.presalesbridge.mocksap.sd.masterdata;

import java.math.BigDecimal;

/**
 * A material released for a sales organization and distribution channel (MVKE) with its list price,
 * condition PR00 (KBETR per KPEIN KMEIN, in KONWA) and the delivering plant (DWERK).
 */
public record MaterialSalesData(String material, String salesOrganization, String distributionChannel,
                                String plant, BigDecimal price, String currency, BigDecimal priceUnit,
                                String priceUnitOfMeasure) {
}
