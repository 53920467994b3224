package org.presalesbridge.document;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The documents that follow this one in SAP's document flow: quotations made with reference to an inquiry,
 * sales orders made from a quotation. The preceding inquiry of a quotation is its {@code referenceInquiry}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentFlow(List<String> quotations, List<String> salesOrders) {
}
