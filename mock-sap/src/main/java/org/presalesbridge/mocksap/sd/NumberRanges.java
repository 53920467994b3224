package org.presalesbridge.mocksap.sd;

import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.presalesbridge.mocksap.sd.masterdata.DocumentType;

/**
 * Internal number assignment per document type: each save draws the next number of the type's
 * interval; a number once drawn is never given out again, whether its document is committed or not.
 */
final class NumberRanges {

    /** The last number drawn per document type. */
    private final Map<String, AtomicLong> levels = new ConcurrentHashMap<>();

    OptionalLong draw(DocumentType type) {
        AtomicLong level = levels.computeIfAbsent(type.code(), code -> new AtomicLong(type.numberFrom() - 1));
        long number = level.updateAndGet(last -> Math.max(last, type.numberFrom() - 1) + 1);
        return number > type.numberTo() ? OptionalLong.empty() : OptionalLong.of(number);
    }

    /** Makes sure no number up to {@code level} is drawn again (after an import or a replay). */
    void raise(String documentType, long level) {
        levels.computeIfAbsent(documentType, code -> new AtomicLong(0)).accumulateAndGet(level, Math::max);
    }

    Map<String, Long> levels() {
        Map<String, Long> result = new TreeMap<>();
        levels.forEach((type, level) -> result.put(type, level.get()));
        return result;
    }

    void clear() {
        levels.clear();
    }
}
