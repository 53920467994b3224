package org.presalesbridge.mocksap.sd.masterdata;

/** A material (MARA/MAKT): number in internal format, description, base unit (internal code), material group. */
public record Material(String number, String description, String baseUnit, String materialGroup) {
}
