package org.presalesbridge.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An inquiry or a quotation in the CRM's terms: the one shape for both kinds, for what the CRM creates and for
 * what SAP displays. Values are in the CRM's format (no leading zeros, ISO units, ISO dates); the SAP connector
 * translates. Fields SAP fills (document number, type, net value, status, flow, messages) are empty on create.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SalesDocument(@JsonIgnore DocumentKind kind, String documentNumber, String documentType,
                            String externalId, SalesArea salesArea, String soldTo, String shipTo,
                            String customerReference, LocalDate requestedDeliveryDate, LocalDate validFrom,
                            LocalDate validTo, String currency, String referenceInquiry, BigDecimal netValue,
                            DocumentStatus status, List<Item> items, DocumentFlow documentFlow,
                            List<SapMessage> messages) {

    /** The same document, told which kind it is (the API's path says so, not the body). */
    public SalesDocument withKind(DocumentKind newKind) {
        return new SalesDocument(newKind, documentNumber, documentType, externalId, salesArea, soldTo, shipTo,
                customerReference, requestedDeliveryDate, validFrom, validTo, currency, referenceInquiry, netValue,
                status, items, documentFlow, messages);
    }

    public SalesDocument withMessages(List<SapMessage> newMessages) {
        return new SalesDocument(kind, documentNumber, documentType, externalId, salesArea, soldTo, shipTo,
                customerReference, requestedDeliveryDate, validFrom, validTo, currency, referenceInquiry, netValue,
                status, items, documentFlow, newMessages);
    }

    public SalesDocument withItems(List<Item> newItems) {
        return new SalesDocument(kind, documentNumber, documentType, externalId, salesArea, soldTo, shipTo,
                customerReference, requestedDeliveryDate, validFrom, validTo, currency, referenceInquiry, netValue,
                status, newItems, documentFlow, messages);
    }
}
