package org.presalesbridge.mocksap.bapi;

import com.sap.conn.jco.JCoFunction;

import org.presalesbridge.mocksap.sd.SdSession;

/**
 * BAPI_TRANSACTION_COMMIT: COMMIT WORK of the session's LUW (WAIT = 'X' changes nothing here: the
 * update is synchronous). A commit on another session than the one that saved commits nothing.
 */
final class TransactionCommit implements FunctionModule {

    static final String NAME = "BAPI_TRANSACTION_COMMIT";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        session.commit();
    }
}
