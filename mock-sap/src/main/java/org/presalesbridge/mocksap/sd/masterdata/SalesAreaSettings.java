package org.presalesbridge.mocksap.sd.masterdata;

/** What a sales area brings to a document: its currency (WAERK). */
public record SalesAreaSettings(SalesArea area, String currency, String name) {
}
