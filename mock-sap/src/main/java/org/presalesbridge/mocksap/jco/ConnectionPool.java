package org.presalesbridge.mocksap.jco;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import com.sap.conn.jco.JCoException;

/**
 * A destination's connections. {@code peak_limit} bounds the connections in use at once (0: no bound);
 * {@code pool_capacity} is how many idle ones are kept open; a caller finding none free waits up to
 * {@code max_get_client_time} ms, then gets JCO_ERROR_RESOURCE.
 */
final class ConnectionPool {
    private final String destination;
    private final RfcServer server;
    private final Properties logon;
    private final int capacity;
    private final int peakLimit;
    private final long maxWaitMillis;
    private final Semaphore inUse;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    ConnectionPool(String destination, RfcServer server, Properties logon, int capacity, int peakLimit,
                   long maxWaitMillis) {
        this.destination = destination;
        this.server = server;
        this.logon = logon;
        this.capacity = capacity;
        this.peakLimit = peakLimit;
        this.maxWaitMillis = maxWaitMillis;
        this.inUse = new Semaphore(peakLimit > 0 ? peakLimit : Integer.MAX_VALUE, true);
    }

    Connection acquire() throws JCoException {
        if (!tryAcquirePermit()) {
            throw new JCoException(JCoException.JCO_ERROR_RESOURCE, "JCO_ERROR_RESOURCE",
                    "Connection pool " + destination + " is exhausted: " + peakLimit
                            + " connections in use, none freed within " + maxWaitMillis + " ms");
        }
        Connection connection = takeIdle();
        if (connection != null) {
            return connection;
        }
        try {
            return new Connection(server.logon(logon));
        } catch (JCoException | RuntimeException e) {
            inUse.release();
            throw e;
        }
    }

    private boolean tryAcquirePermit() {
        try {
            return inUse.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Connection takeIdle() {
        synchronized (idle) {
            Connection connection;
            while ((connection = idle.pollFirst()) != null) {
                if (connection.isUsable()) {
                    return connection;
                }
                connection.close();
            }
            return null;
        }
    }

    /** Gives a connection back; its session was reset by the caller. Broken ones are closed. */
    void release(Connection connection) {
        try {
            if (connection.isUsable()) {
                synchronized (idle) {
                    if (!closed && idle.size() < capacity) {
                        idle.addFirst(connection);
                        return;
                    }
                }
            }
            connection.close();
        } finally {
            inUse.release();
        }
    }

    int idleCount() {
        synchronized (idle) {
            return idle.size();
        }
    }

    /** Closes the idle connections; those still in use close when they come back. */
    void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(Connection::close);
            idle.clear();
        }
    }
}
