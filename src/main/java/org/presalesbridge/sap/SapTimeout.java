package org.presalesbridge.sap;

/** SAP did not answer within {@code sap.call-timeout-millis}. */
public final class SapTimeout extends RuntimeException {

    public SapTimeout(String message) {
        super(message);
    }
}
