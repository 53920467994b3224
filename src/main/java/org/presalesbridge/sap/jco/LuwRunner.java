package org.presalesbridge.sap.jco;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.presalesbridge.sap.SapFailure;
import org.presalesbridge.sap.SapTimeout;
import org.presalesbridge.sap.SapUnavailable;

/**
 * Runs SAP work on worker threads of its own and waits at most the call timeout for it, counted from when a worker
 * starts it. The JCo session ({@code JCoContext.begin … end}) is bound to the thread that runs it, so the whole unit
 * of work runs on one worker; the caller only waits. See {@link Luw} for what a timeout means for a commit.
 *
 * <p>There is one worker per SAP connection, and the runner can keep the adapter's bulkhead
 * ({@link #keepBulkhead}): work waits in the workers' queue, at most {@code maxWait}, and a worker done with one
 * unit of work takes the next at once. A bulkhead in front of the runner would, between two units of work, wake
 * the caller of the first to give the connection back, then the next caller to take it, then a worker to run it:
 * three thread wake-ups for which the connection stays idle (on 2 busy cores the time from a commit's answer to the
 * next create on one connection went from 1.9 to 1.1 ms at the median when the runner took the bulkhead).
 */
final class LuwRunner implements AutoCloseable {

    private final ExecutorService workers;
    private final int threads;
    private final long timeoutMillis;
    /** How long work waits for a free worker when the runner keeps the bulkhead; -1 when the caller keeps it. */
    private volatile long maxWaitMillis = -1;

    LuwRunner(int threads, long timeoutMillis) {
        this.workers = Executors.newFixedThreadPool(threads, new WorkerThreads());
        this.threads = threads;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * From now on work waits at most {@code maxWaitMillis} for a free worker, then is refused with
     * {@link SapUnavailable#allConnectionsBusy} without running.
     */
    void keepBulkhead(long maxWaitMillis) {
        this.maxWaitMillis = maxWaitMillis;
    }

    <T> T run(Function<Luw, T> work) {
        return runThenRead(work, done -> done);
    }

    /**
     * A write and, on the same worker right after it, the read of what SAP saved: the caller waits once for both,
     * which spares a second hand-over between threads for every document. The write has the call timeout, as in
     * {@link #run}; the read, or a commit under way when the time ran out, one timeout more.
     */
    <W, T> T runThenRead(Function<Luw, W> write, Function<W, T> read) {
        Luw luw = new Luw();
        AtomicBoolean written = new AtomicBoolean();
        Turn turn = new Turn();
        Future<T> result = workers.submit(() -> {
            if (!turn.start()) {
                return null; // refused while it waited: its caller has its answer
            }
            W done = write.apply(luw);
            written.set(true);
            return read.apply(done);
        });
        try {
            awaitTurn(result, turn);
            return result.get(timeLeftMillis(turn), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            if (written.get()) {
                return oneMoreTimeout(result, "SAP saved the document but did not display it within " + timeoutMillis
                        + " ms: display it (a create: look for its externalId) before sending the request again.");
            }
            if (luw.abandon()) {
                throw new SapTimeout("SAP did not answer within " + timeoutMillis
                        + " ms (setting sap.call-timeout-millis); nothing was saved.");
            }
            // the commit had started when the time ran out: its outcome decides
            return oneMoreTimeout(result, "SAP did not confirm the commit within " + timeoutMillis
                    + " ms: the document may have been saved. Display it or look for its externalId before "
                    + "sending the request again.");
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (turn.refuse()) {
                result.cancel(false);
                throw SapUnavailable.stoppedWaiting(e);
            }
            throw new SapTimeout("The adapter stopped waiting for SAP (interrupted).");
        }
    }

    /**
     * With the bulkhead kept here: waits at most {@code maxWait} for a worker to start the work (or for all of it);
     * work no worker started by then is taken out of the queue and refused.
     */
    private void awaitTurn(Future<?> result, Turn turn) throws InterruptedException, ExecutionException {
        long maxWait = maxWaitMillis;
        if (maxWait < 0) {
            return;
        }
        // in slices of at most a quarter of the call timeout, so that work started meanwhile meets its own timeout
        long slice = Math.max(1, timeoutMillis / 4);
        long waitEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxWait);
        while (true) {
            long left = TimeUnit.NANOSECONDS.toMillis(waitEnd - System.nanoTime());
            try {
                result.get(Math.max(0, Math.min(left, slice)), TimeUnit.MILLISECONDS);
                return; // done
            } catch (TimeoutException notDone) {
                if (turn.started()) {
                    return;
                }
                if (left <= slice && turn.refuse()) { // the wait is over and no worker had started it
                    result.cancel(false);
                    throw SapUnavailable.allConnectionsBusy(threads);
                }
            }
        }
    }

    /** What is left of the call timeout: all of it while no worker has started the work. */
    private long timeLeftMillis(Turn turn) {
        if (!turn.started()) {
            return timeoutMillis;
        }
        return Math.max(0, timeoutMillis - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - turn.startedAt));
    }

    /** Whether a unit of work was started by a worker or refused while it waited: whichever comes first holds. */
    private static final class Turn {
        private static final int WAITING = 0;
        private static final int STARTED = 1;
        private static final int REFUSED = 2;
        private final AtomicInteger state = new AtomicInteger(WAITING);
        private volatile long startedAt;

        boolean start() {
            startedAt = System.nanoTime();
            return state.compareAndSet(WAITING, STARTED);
        }

        boolean refuse() {
            return state.compareAndSet(WAITING, REFUSED);
        }

        boolean started() {
            return state.get() == STARTED;
        }
    }

    /** Waits one more timeout for work that must not be cut short; {@code timedOut} says what is known then. */
    private <T> T oneMoreTimeout(Future<T> result, String timedOut) {
        try {
            return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SapTimeout(timedOut);
        } catch (ExecutionException e) {
            throw unwrap(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SapTimeout("The adapter stopped waiting for SAP (interrupted) after the document may have "
                    + "been saved. Display it or look for its externalId before sending the request again.");
        }
    }

    private static RuntimeException unwrap(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException runtime) {
            return runtime;
        }
        return new SapFailure("The SAP call failed unexpectedly.", e.getCause());
    }

    @Override
    public void close() {
        workers.shutdown();
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
            Thread thread = new Thread(runnable, "sap-call-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }
    }
}
