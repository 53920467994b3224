package org.presalesbridge.store;

/** The store could not be read or written: the request fails, and nothing is sent to SAP on its behalf. */
public final class StoreFailure extends RuntimeException {

    public StoreFailure(String message, Throwable cause) {
        super("The adapter's store failed: " + message + " (" + cause.getMessage() + ")", cause);
    }
}
