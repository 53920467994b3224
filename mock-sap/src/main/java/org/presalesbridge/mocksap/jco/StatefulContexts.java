package org.presalesbridge.mocksap.jco;

import java.util.HashMap;
import java.util.Map;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;

/**
 * JCoContext: between begin and end, a thread's calls to a destination share one connection (one ABAP
 * session). Contexts nest; the connection goes back to the pool, its session reset, at the last end.
 */
public final class StatefulContexts {
    private static final ThreadLocal<Map<MockDestination, Context>> CONTEXTS = ThreadLocal.withInitial(HashMap::new);

    private StatefulContexts() {
    }

    private static final class Context {
        int depth;
        Connection connection;
    }

    public static void begin(JCoDestination destination) {
        CONTEXTS.get().computeIfAbsent(mock(destination), d -> new Context()).depth++;
    }

    public static void end(JCoDestination destination) throws JCoException {
        MockDestination mock = mock(destination);
        Map<MockDestination, Context> contexts = CONTEXTS.get();
        Context context = contexts.get(mock);
        if (context == null) {
            return;
        }
        if (--context.depth > 0) {
            return;
        }
        contexts.remove(mock);
        if (context.connection != null) {
            context.connection.reset();
            mock.pool().release(context.connection);
        }
    }

    public static boolean isStateful(JCoDestination destination) {
        return CONTEXTS.get().containsKey(mock(destination));
    }

    /** Runs a call in the thread's context when it has one, else on any pooled connection, reset afterwards. */
    static void execute(MockDestination destination, FunctionImpl function) throws JCoException {
        Context context = CONTEXTS.get().get(destination);
        if (context == null) {
            executeStateless(destination, function);
            return;
        }
        if (context.connection != null && !context.connection.isUsable()) {
            // the session was lost with its connection: a new one starts a new, empty session
            destination.pool().release(context.connection);
            context.connection = null;
        }
        if (context.connection == null) {
            context.connection = destination.pool().acquire();
        }
        context.connection.execute(function);
    }

    private static void executeStateless(MockDestination destination, FunctionImpl function) throws JCoException {
        ConnectionPool pool = destination.pool();
        Connection connection = pool.acquire();
        try {
            connection.execute(function);
        } finally {
            connection.reset();
            pool.release(connection);
        }
    }

    private static MockDestination mock(JCoDestination destination) {
        if (destination instanceof MockDestination mock) {
            return mock;
        }
        throw new IllegalArgumentException("Not a destination of this JCo: " + destination);
    }
}
