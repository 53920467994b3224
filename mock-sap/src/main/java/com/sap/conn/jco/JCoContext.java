package com.sap.conn.jco;

import org.presalesbridge.mocksap.jco.StatefulContexts;

/**
 * Binds the calling thread to one connection of a destination between {@code begin} and {@code end},
 * so that a BAPI and its BAPI_TRANSACTION_COMMIT run in the same SAP session.
 */
public abstract class JCoContext {
    protected JCoContext() {
    }

    public static void begin(JCoDestination destination) {
        StatefulContexts.begin(destination);
    }

    public static void end(JCoDestination destination) throws JCoException {
        StatefulContexts.end(destination);
    }

    public static boolean isStateful(JCoDestination destination) {
        return StatefulContexts.isStateful(destination);
    }
}
