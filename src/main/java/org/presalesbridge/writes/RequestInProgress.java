package org.presalesbridge.writes;

/**
 * Another request for the same thing (the same Idempotency-Key, or a create of the same external id) is still
 * running: {@code 409}; the client sends it again shortly and then gets the one answer.
 */
public final class RequestInProgress extends RuntimeException {

    public RequestInProgress(String message) {
        super(message);
    }
}
