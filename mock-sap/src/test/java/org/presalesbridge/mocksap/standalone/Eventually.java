package org.presalesbridge.mocksap.standalone;

import java.util.function.BooleanSupplier;

/** Waits for something another thread or process does, failing after a bound. */
final class Eventually {

    private Eventually() {
    }

    static void within(int seconds, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + seconds + " s");
            }
            Thread.sleep(10);
        }
    }
}
