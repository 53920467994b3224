package org.presalesbridge.mocksap.sd;

/**
 * A partner of a document (VBPA): function PARVW (AG sold-to, WE ship-to, RE bill-to, RG payer),
 * customer KUNNR, item POSNR ("000000" for the header) and the address taken from the customer master.
 */
public record Partner(String role, String customer, String item, String name, String street, String postalCode,
                      String city, String country) {

    public static final String HEADER_ITEM = "000000";
}
