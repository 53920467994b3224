package org.presalesbridge.mocksap.jco;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;

/** One ABAP session on one RFC connection: its LUW, its locks. */
public interface RfcServerSession {
    /**
     * Runs one function module in this session: reads the function's import, changing and tables, writes
     * export, changing and tables. Throws {@link com.sap.conn.jco.AbapException} for a classic exception,
     * JCO_ERROR_COMMUNICATION when the connection broke (the session is then gone), JCO_ERROR_SYSTEM_FAILURE
     * for a short dump.
     */
    void execute(JCoFunction function) throws JCoException;

    /** Ends the session: what was not committed is rolled back, its locks are released. */
    void close();

    /** Discards the user context, as JCo does between two stateless calls on a pooled connection. */
    void reset();

    boolean isOpen();
}
