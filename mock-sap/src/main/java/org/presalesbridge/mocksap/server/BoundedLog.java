package org.presalesbridge.mocksap.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.LongFunction;

/**
 * The last {@code capacity} entries of an append-only log, cheap to append from many threads at once
 * (one atomic increment and one array write); older entries are overwritten.
 */
final class BoundedLog<T> {

    private final AtomicReferenceArray<T> slots;
    private final AtomicLong appended = new AtomicLong();

    BoundedLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity + " is below 1");
        }
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** Appends the entry the factory makes from its sequence number (1, 2, …); returns it. */
    T append(LongFunction<T> entry) {
        long sequence = appended.incrementAndGet();
        T value = entry.apply(sequence);
        slots.set((int) ((sequence - 1) % slots.length()), value);
        return value;
    }

    long count() {
        return appended.get();
    }

    /** The entries still kept, oldest first; an entry being written at this moment may be missing. */
    List<T> entries() {
        long last = appended.get();
        long first = Math.max(1, last - slots.length() + 1);
        List<T> result = new ArrayList<>((int) (last - first + 1));
        for (long sequence = first; sequence <= last; sequence++) {
            T value = slots.get((int) ((sequence - 1) % slots.length()));
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    void clear() {
        for (int i = 0; i < slots.length(); i++) {
            slots.set(i, null);
        }
        appended.set(0);
    }
}
