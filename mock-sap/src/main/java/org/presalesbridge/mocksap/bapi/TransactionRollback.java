package org.presalesbridge.mocksap.bapi;

import com.sap.conn.jco.JCoFunction;

import org.presalesbridge.mocksap.sd.SdSession;

/** BAPI_TRANSACTION_ROLLBACK: ROLLBACK WORK of the session's LUW; its locks go. */
final class TransactionRollback implements FunctionModule {

    @Override
    public String name() {
        return "BAPI_TRANSACTION_ROLLBACK";
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        session.rollback();
    }
}
