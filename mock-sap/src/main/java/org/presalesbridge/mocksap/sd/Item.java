package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An item of a sales document (VBAP): number POSNR, the fields a caller sets, and what SD derives
 * from them: description ARKTX, item category PSTYV, plant WERKS, material group MATKL, sales unit
 * VRKME, order quantity KWMENG (the sum of the schedule lines), schedule lines (VBEP), the price
 * condition PR00, net value NETWR, reference status ('A' open, 'C' fully referenced by a subsequent
 * document), created and changed on.
 */
public record Item(String number, ItemData data, String description, String itemCategory, String plant,
                   String materialGroup, String salesUnit, BigDecimal orderQuantity,
                   List<ScheduleLine> scheduleLines, PricingCondition price, BigDecimal netValue,
                   char referenceStatus, Stamp created, LocalDate changedOn) {

    public static final char OPEN = 'A';
    public static final char COMPLETED = 'C';

    public Item {
        scheduleLines = List.copyOf(scheduleLines);
    }

    public String material() {
        return data.material();
    }

    public boolean rejected() {
        return !data.rejectionReason().isEmpty();
    }

    /** Neither rejected nor taken over completely by a subsequent document. */
    public boolean open() {
        return !rejected() && referenceStatus == OPEN;
    }

    /** The net price per price unit (NETPR). */
    public BigDecimal netPrice() {
        return price == null ? BigDecimal.ZERO : price.rate();
    }

    public Item withData(ItemData newData) {
        return new Item(number, newData, description, itemCategory, plant, materialGroup, salesUnit, orderQuantity,
                scheduleLines, price, netValue, referenceStatus, created, changedOn);
    }

    public Item withScheduleLines(List<ScheduleLine> lines, BigDecimal quantity) {
        return new Item(number, data, description, itemCategory, plant, materialGroup, salesUnit, quantity,
                List.copyOf(lines), price, netValue, referenceStatus, created, changedOn);
    }

    public Item withPrice(PricingCondition newPrice) {
        return new Item(number, data, description, itemCategory, plant, materialGroup, salesUnit, orderQuantity,
                scheduleLines, newPrice, newPrice.value(), referenceStatus, created, changedOn);
    }

    public Item withReferenceStatus(char status) {
        return new Item(number, data, description, itemCategory, plant, materialGroup, salesUnit, orderQuantity,
                scheduleLines, price, netValue, status, created, changedOn);
    }

    public Item changedOn(LocalDate day) {
        return new Item(number, data, description, itemCategory, plant, materialGroup, salesUnit, orderQuantity,
                scheduleLines, price, netValue, referenceStatus, created, day);
    }
}
