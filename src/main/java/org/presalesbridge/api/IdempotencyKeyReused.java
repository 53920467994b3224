package org.presalesbridge.api;

/** The same Idempotency-Key came with another request body or operation: {@code 422}. */
public final class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key " + key + " was used for another request; a key stands for one request only.");
    }
}
