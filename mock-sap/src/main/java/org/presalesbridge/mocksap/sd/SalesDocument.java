package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** A sales document: header, items, partners, texts. Immutable; a change makes a new one. */
public record SalesDocument(Header header, List<Item> items, List<Partner> partners, List<TextLine> texts) {

    public SalesDocument {
        items = List.copyOf(items);
        partners = List.copyOf(partners);
        texts = List.copyOf(texts);
    }

    public String number() {
        return header.number();
    }

    public char category() {
        return header.category();
    }

    public Optional<Item> item(String itemNumber) {
        return items.stream().filter(i -> i.number().equals(itemNumber)).findFirst();
    }

    /** The net value of the header: the sum of the items not rejected, as SAP counts it. */
    public SalesDocument withNetValueFromItems() {
        BigDecimal sum = items.stream().filter(i -> !i.rejected()).map(Item::netValue)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SalesDocument(header.withNetValue(Pricing.netValue(sum, "the document")), items, partners, texts);
    }

    public SalesDocument withHeader(Header newHeader) {
        return new SalesDocument(newHeader, items, partners, texts);
    }

    public SalesDocument withItems(List<Item> newItems) {
        return new SalesDocument(header, newItems, partners, texts);
    }

    public SalesDocument withPartners(List<Partner> newPartners) {
        return new SalesDocument(header, items, newPartners, texts);
    }

    public SalesDocument withTexts(List<TextLine> newTexts) {
        return new SalesDocument(header, items, partners, newTexts);
    }

    /** Overall processing status (GBSTK): A open, B partly processed, C completed (all items rejected or referenced). */
    public char overallStatus() {
        return status(items.stream().filter(i -> !i.open()).count());
    }

    /** Overall rejection status (ABSTK): A nothing rejected, B partly, C all items rejected. */
    public char rejectionStatus() {
        return status(items.stream().filter(Item::rejected).count());
    }

    private char status(long done) {
        if (items.isEmpty() || done == 0) {
            return 'A';
        }
        return done == items.size() ? 'C' : 'B';
    }
}
