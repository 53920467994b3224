package org.presalesbridge.mocksap.sd.masterdata;

/** A unit of measure (T006): internal code (ST), ISO code (PCE), text. */
public record UnitOfMeasure(String internal, String iso, String text) {
}
