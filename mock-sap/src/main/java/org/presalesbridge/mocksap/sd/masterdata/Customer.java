package org.presalesbridge.mocksap.sd.masterdata;

import java.util.Set;

/**
 * A customer (KNA1) with the sales areas it is created in (KNVV). A non-empty central order block
 * (AUFSD) blocks it for sales.
 */
public record Customer(String number, String name, String street, String postalCode, String city, String country,
                       String orderBlock, Set<SalesArea> salesAreas) {

    public boolean blockedForSales() {
        return !orderBlock.isEmpty();
    }

    public boolean createdIn(SalesArea area) {
        return salesAreas.contains(area);
    }
}
