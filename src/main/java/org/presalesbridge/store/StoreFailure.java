package org.presalesbridge.store;

/**
 * The store could not be read or written: the request fails. Before SAP was called nothing is sent to SAP on its
 * behalf; after it, the answer says that SAP may have done the work ({@code DocumentWrites.SENT_TO_SAP}).
 */
public final class StoreFailure extends RuntimeException {

    public StoreFailure(String message, Throwable cause) {
        super("The adapter's store failed: " + message + " (" + cause.getMessage() + ")", cause);
    }
}
