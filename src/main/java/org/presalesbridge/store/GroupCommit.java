package org.presalesbridge.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transactions of concurrent requests committed together. Every request's store work (a claim, a result, an audit
 * event) must be committed before the request goes on, and a commit is the expensive part: H2 writes a chunk of its
 * file, PostgreSQL flushes its log. So writer threads take the works that queued up meanwhile and run them one after
 * the other on one connection, each inside a savepoint of its own, then commit once for all of them.
 *
 * <p>Each caller still gets what a transaction of its own gives: its work is all done or not at all (a failing work
 * is rolled back to its savepoint and does not touch the others), it sees the works before it as committed, and its
 * call returns only after the commit that holds its work. When the commit itself fails, every work of that batch
 * fails. A work that PostgreSQL cancelled because of a deadlock with another adapter process, or a serialization
 * failure, is run again in a later batch.
 */
final class GroupCommit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);
    /** Most works in one commit: keeps the wait of the first work in a batch short. */
    private static final int MAX_BATCH = 64;
    /** SQLSTATEs of a work that may succeed when run again: deadlock detected, serialization failure. */
    private static final Set<String> TRANSIENT = Set.of("40P01", "40001");
    private static final int MAX_RUNS = 5;

    private final DataSource dataSource;
    private final LinkedBlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    GroupCommit(DataSource dataSource, int writerThreads) {
        this.dataSource = dataSource;
        for (int i = 1; i <= writerThreads; i++) {
            Thread writer = new Thread(this::write, "store-writer-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /** Runs the work in the next commit and waits for that commit. */
    <T> T run(String what, Store.SqlWork<T> work) {
        if (writers.contains(Thread.currentThread())) {
            throw new IllegalStateException("A store transaction cannot start another one (" + what + ")");
        }
        if (closed) {
            throw new StoreFailure(what, new SQLException("the store is closed"));
        }
        Pending<T> pending = new Pending<>(what, work);
        queue.add(pending);
        return pending.await();
    }

    private void write() {
        List<Pending<?>> batch = new ArrayList<>();
        while (!closed || !queue.isEmpty()) {
            try {
                Pending<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | Error e) {
                // never leave a caller waiting: whatever broke the batch ends each of its works
                batch.forEach(pending -> pending.fail(e));
                LOG.warn("Store: a batch of {} transactions failed: {}", batch.size(), e.toString());
            } finally {
                batch.clear();
            }
        }
    }

    /** What became of one work in a batch. */
    private enum Run { DONE, FAILED, AGAIN }

    /**
     * Runs the batch and commits it. Until the commit succeeded no caller is told success and no work is queued
     * again; when the connection, a savepoint or the commit fails, every caller of the batch is told.
     */
    private void commit(List<Pending<?>> batch) {
        List<Pending<?>> done = new ArrayList<>(batch.size());
        List<Pending<?>> again = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (Pending<?> pending : batch) {
                    Run run = runInSavepoint(connection, pending);
                    if (run == Run.DONE) {
                        done.add(pending);
                    } else if (run == Run.AGAIN) {
                        again.add(pending);
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            batch.forEach(pending -> pending.fail(new StoreFailure(pending.what, e)));
            return;
        }
        done.forEach(Pending::complete);
        queue.addAll(again);
    }

    /** Runs one work inside a savepoint of its own; a failing one is rolled back to it and its caller told. */
    private Run runInSavepoint(Connection connection, Pending<?> pending) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            pending.runOn(connection);
            connection.releaseSavepoint(savepoint);
            return Run.DONE;
        } catch (SQLException e) {
            connection.rollback(savepoint);
            // an SQLException may carry no SQL state (one a trigger throws, for one): it is not transient then
            if (e.getSQLState() != null && TRANSIENT.contains(e.getSQLState()) && ++pending.runs < MAX_RUNS) {
                return Run.AGAIN;
            }
            pending.fail(new StoreFailure(pending.what, e));
            return Run.FAILED;
        } catch (RuntimeException e) {
            connection.rollback(savepoint);
            pending.fail(e);
            return Run.FAILED;
        }
    }

    /** Lets the works queued so far finish, then stops the writers. */
    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        Pending<?> left;
        while ((left = queue.poll()) != null) {
            left.fail(new StoreFailure(left.what, new SQLException("the store is closed")));
        }
    }

    /** One caller's work, its result once run, and the future it waits on until the commit. */
    private static final class Pending<T> {
        private final String what;
        private final Store.SqlWork<T> work;
        private final CompletableFuture<T> committed = new CompletableFuture<>();
        private T result;
        private int runs;

        Pending(String what, Store.SqlWork<T> work) {
            this.what = what;
            this.work = work;
        }

        void runOn(Connection connection) throws SQLException {
            result = work.run(connection);
        }

        void complete() {
            committed.complete(result);
        }

        void fail(Throwable failure) {
            committed.completeExceptionally(failure);
        }

        T await() {
            // the work may be committed already: waiting is not to be cut short by an interrupt
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return committed.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (java.util.concurrent.ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        if (cause instanceof Error error) {
                            throw error;
                        }
                        throw new StoreFailure(what, cause);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
