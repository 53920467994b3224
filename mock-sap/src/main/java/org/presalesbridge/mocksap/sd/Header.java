package org.presalesbridge.mocksap.sd;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The header of a sales document (VBAK, with the business data of VBKD it carries here): its number
 * VBELN, category VBTYP, transaction group TRVOG, the fields a caller sets, sold-to party KUNNR,
 * currency WAERK, net value NETWR, created ERDAT/ERZET/ERNAM and changed on AEDAT.
 */
public record Header(String number, char category, char transactionGroup, HeaderData data, String soldTo,
                     String currency, BigDecimal netValue, Stamp created, LocalDate changedOn) {

    public String documentType() {
        return data.documentType();
    }

    public Header withNumber(String newNumber) {
        return new Header(newNumber, category, transactionGroup, data, soldTo, currency, netValue, created, changedOn);
    }

    public Header withData(HeaderData newData) {
        return new Header(number, category, transactionGroup, newData, soldTo, currency, netValue, created, changedOn);
    }

    public Header withSoldTo(String newSoldTo) {
        return new Header(number, category, transactionGroup, data, newSoldTo, currency, netValue, created, changedOn);
    }

    public Header withNetValue(BigDecimal newNetValue) {
        return new Header(number, category, transactionGroup, data, soldTo, currency, newNetValue, created, changedOn);
    }

    public Header changedOn(LocalDate day) {
        return new Header(number, category, transactionGroup, data, soldTo, currency, netValue, created, day);
    }
}
