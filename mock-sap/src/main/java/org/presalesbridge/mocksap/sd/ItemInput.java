package org.presalesbridge.mocksap.sd;

/**
 * An item a caller sends: update flag (UPDATEFLAG I insert, U update, D delete; blank on create),
 * item number ITM_NUMBER (blank or 000000: SD numbers it), the fields.
 */
public record ItemInput(char updateFlag, String number, ItemData data) {
}
