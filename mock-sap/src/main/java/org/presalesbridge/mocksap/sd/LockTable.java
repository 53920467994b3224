package org.presalesbridge.mocksap.sd;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The enqueue table: which session (or user holding a document open in a transaction) locks which
 * sales document. A lock is exclusive; its owner may take it again.
 */
public final class LockTable {

    /** Who holds a lock: a session id and the user SAP names in the lock message. */
    public record LockOwner(String sessionId, String user) {
    }

    private final Map<String, LockOwner> locks = new ConcurrentHashMap<>();

    /** Locks the document for the owner; when another holds it, that other owner. */
    public Optional<LockOwner> lock(String document, LockOwner owner) {
        LockOwner holder = locks.putIfAbsent(document, owner);
        if (holder == null || holder.equals(owner)) {
            return Optional.empty();
        }
        return Optional.of(holder);
    }

    public void unlock(String document, LockOwner owner) {
        locks.remove(document, owner);
    }

    public Optional<LockOwner> holder(String document) {
        return Optional.ofNullable(locks.get(document));
    }

    public Map<String, LockOwner> snapshot() {
        return Map.copyOf(locks);
    }

    void clear() {
        locks.clear();
    }
}
