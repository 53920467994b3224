package org.presalesbridge.mocksap.bapi;

import com.sap.conn.jco.JCoFunction;

import org.presalesbridge.mocksap.sd.SdSession;

/** RFC_PING: no parameters, answers when the system is up. */
final class Ping implements FunctionModule {

    @Override
    public String name() {
        return "RFC_PING";
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        // reaching here is the answer
    }
}
