package org.presalesbridge.sap;

/** SAP failed in a way that is neither a rejection nor unavailability (an ABAP dump, a broken answer). */
public final class SapFailure extends RuntimeException {

    public SapFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
