package org.presalesbridge.mocksap.sd.masterdata;

/** A reason for rejection (TVAG: ABGRU) that closes an item. */
public record RejectionReason(String code, String text) {
}
