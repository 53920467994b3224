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

/**
 * Runs SAP work on worker threads of its own and waits at most the call timeout for it. The JCo session
 * ({@code JCoContext.begin … end}) is bound to the thread that runs it, so the whole unit of work runs on one
 * worker; the caller only waits. See {@link Luw} for what a timeout means for a commit.
 */
final class LuwRunner implements AutoCloseable {

    private final ExecutorService workers;
    private final long timeoutMillis;

    LuwRunner(int threads, long timeoutMillis) {
        this.workers = Executors.newFixedThreadPool(threads, new WorkerThreads());
        this.timeoutMillis = timeoutMillis;
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
        Future<T> result = workers.submit(() -> {
            W done = write.apply(luw);
            written.set(true);
            return read.apply(done);
        });
        try {
            return result.get(timeoutMillis, TimeUnit.MILLISECONDS);
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
            throw new SapTimeout("The adapter stopped waiting for SAP (interrupted).");
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
