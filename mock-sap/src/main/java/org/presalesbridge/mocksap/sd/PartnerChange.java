package org.presalesbridge.mocksap.sd;

/**
 * A partner change (BAPIPARNRC): UPDATEFLAG (I, U, D), PARTN_ROLE, ITM_NUMBER, P_NUMB_OLD, P_NUMB_NEW.
 */
public record PartnerChange(char updateFlag, String role, String item, String oldCustomer, String newCustomer) {
}
