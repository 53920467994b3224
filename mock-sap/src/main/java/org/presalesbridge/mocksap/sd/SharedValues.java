package org.presalesbridge.mocksap.sd;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The documents the database keeps share what repeats from one to the next: a customer's partners, a material's
 * item with its price and schedule line, the codes, dates and amounts. A saved document is rebuilt from the values
 * equal to ones of documents saved before it, so that a database of many alike documents holds each value once
 * (under the benchmark's load of alike documents, 0.8 KB a document instead of 3.7 KB). Documents are immutable records, so a
 * shared value is never changed through one of them; only equal values are merged ({@code equals}: 2.5 and 2.50
 * stay two), and a value that is not immutable is kept as it is.
 *
 * <p>It remembers a bounded number of values, the last one met in each of its slots: what it forgets it only
 * shares less. Not thread-safe: the database writes one commit at a time.
 */
final class SharedValues {

    private static final int SLOTS = 1 << 14;

    private final Object[] seen = new Object[SLOTS];
    private final Map<Class<?>, Shape> shapes = new HashMap<>();
    /** Whether the record or list being rebuilt holds a value of a kind not known to be immutable. */
    private boolean heldUnknown;

    /**
     * The value itself, or an equal one met before; records and immutable lists with their parts shared. A record
     * or list that holds anything else than such values (an array, a mutable collection) is kept as it is.
     */
    @SuppressWarnings("unchecked")
    <T> T share(T value) {
        if (value == null) {
            return null;
        }
        Object rebuilt;
        boolean record = value instanceof Record;
        if (record || value instanceof List<?> list && isImmutable(list)) {
            boolean outer = heldUnknown;
            heldUnknown = false;
            rebuilt = record ? rebuilt((Record) value) : rebuilt((List<?>) value);
            boolean inner = heldUnknown;
            heldUnknown = outer || inner;
            if (inner) {
                return (T) rebuilt;
            }
        } else if (isImmutableValue(value)) {
            rebuilt = value;
        } else {
            heldUnknown = true;
            return value;
        }
        int hash = rebuilt.hashCode();
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        Object earlier = seen[slot];
        if (earlier != null && earlier.getClass() == rebuilt.getClass() && earlier.equals(rebuilt)) {
            return (T) earlier;
        }
        seen[slot] = rebuilt;
        return (T) rebuilt;
    }

    /** Forgets every value (after the database was emptied). */
    void clear() {
        Arrays.fill(seen, null);
    }

    private Record rebuilt(Record record) {
        Shape shape = shapes.computeIfAbsent(record.getClass(), Shape::of);
        Object[] components = new Object[shape.accessors.length];
        boolean changed = false;
        for (int i = 0; i < components.length; i++) {
            Object component = shape.get(record, i);
            components[i] = share(component);
            changed |= components[i] != component;
        }
        return changed ? shape.create(components) : record;
    }

    private List<?> rebuilt(List<?> list) {
        Object[] elements = new Object[list.size()];
        boolean changed = false;
        for (int i = 0; i < elements.length; i++) {
            Object element = list.get(i);
            elements[i] = share(element);
            changed |= elements[i] != element;
        }
        return changed ? List.of(elements) : list;
    }

    /** The lists of {@code List.of} and {@code List.copyOf}, which the documents' records keep. */
    private static boolean isImmutable(List<?> list) {
        return list.getClass().getName().startsWith("java.util.ImmutableCollections$");
    }

    private static boolean isImmutableValue(Object value) {
        return value instanceof String || value instanceof BigDecimal || value instanceof LocalDate
                || value instanceof LocalTime || value instanceof Character || value instanceof Boolean
                || value instanceof Integer || value instanceof Long || value instanceof Enum<?>;
    }

    /** How a record class is read and made: its components' accessors and its canonical constructor. */
    private record Shape(Method[] accessors, Constructor<?> constructor) {

        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
                types[i] = components[i].getType();
            }
            try {
                Constructor<?> constructor = type.getDeclaredConstructor(types);
                constructor.setAccessible(true);
                return new Shape(accessors, constructor);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("a record without its canonical constructor: " + type, e);
            }
        }

        Object get(Record record, int component) {
            try {
                return accessors[component].invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessors[component], e);
            }
        }

        Record create(Object[] components) {
            try {
                return (Record) constructor.newInstance(components);
            } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot make " + constructor.getDeclaringClass(), e);
            }
        }
    }
}
