package org.presalesbridge.sap.jco;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who decides the end of one logical unit of work (LUW) when SAP is slow: the worker that runs it, about to
 * commit, or the caller that stops waiting. Exactly one of them wins: a commit starts only if the caller still
 * waits, and a caller that gives up before that makes the worker roll back, so that a timeout answer means
 * "nothing was saved".
 */
final class Luw {

    private static final int RUNNING = 0;
    private static final int COMMITTING = 1;
    private static final int ABANDONED = 2;

    private final AtomicInteger state = new AtomicInteger(RUNNING);

    /** The worker asks to commit; false when the caller has given up (then roll back). */
    boolean startCommit() {
        return state.compareAndSet(RUNNING, COMMITTING);
    }

    /** The caller gives up waiting; false when the commit has already started. */
    boolean abandon() {
        return state.compareAndSet(RUNNING, ABANDONED);
    }
}
