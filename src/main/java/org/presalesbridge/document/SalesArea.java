package org.presalesbridge.document;

/** Sales organization, distribution channel and division: where in SAP a document is sold. */
public record SalesArea(String salesOrganization, String distributionChannel, String division) {
}
