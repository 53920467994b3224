package org.presalesbridge.mocksap.jco;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every CHAR value that jco-mock cut to its field's length, as SAP's JCo does silently. Tests read it
 * to prove that a caller never relies on the cut (the adapter must reject over-long values itself).
 */
public final class TruncationLedger {
    /** Keeps the ledger bounded in long runs; the count goes on. */
    private static final int MAX_ENTRIES = 10_000;
    private static final ConcurrentLinkedQueue<Truncation> ENTRIES = new ConcurrentLinkedQueue<>();
    private static final AtomicInteger COUNT = new AtomicInteger();

    /** One cut: the record (structure, table row type or parameter list), the field, the lengths. */
    public record Truncation(String record, String field, int valueLength, int fieldLength, String keptValue) {
    }

    private TruncationLedger() {
    }

    static void record(String record, String field, int valueLength, int fieldLength, String keptValue) {
        if (COUNT.incrementAndGet() <= MAX_ENTRIES) {
            ENTRIES.add(new Truncation(record, field, valueLength, fieldLength, keptValue));
        }
    }

    public static List<Truncation> entries() {
        return List.copyOf(ENTRIES);
    }

    public static int count() {
        return COUNT.get();
    }

    public static void clear() {
        ENTRIES.clear();
        COUNT.set(0);
    }
}
