package org.presalesbridge.mocksap.jco.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;

import org.presalesbridge.mocksap.BapiCall;
import org.presalesbridge.mocksap.jco.ForwardingSession;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerSession;

/**
 * An SAP system inside the test JVM that keeps every function call as it arrived over JCo: what a caller sent
 * (imports, tables) and, once the call ran, what the system answered. The ledger of mock-sap says which functions
 * ran; this says with which values, for tests of what a caller puts into a BAPI.
 */
public final class RecordingSap implements RfcServer {

    private final RfcServer system;
    private final List<JCoFunction> calls = Collections.synchronizedList(new ArrayList<>());

    private RecordingSap(RfcServer system) {
        this.system = system;
    }

    /** Runs {@code system} under {@code name} (a destination's {@code jco.mock.instance}), recording its calls. */
    public static RecordingSap register(String name, RfcServer system) {
        RecordingSap recording = new RecordingSap(system);
        InProcessSystems.register(name, recording);
        return recording;
    }

    /** Every call of the function module so far, oldest first. */
    public List<BapiCall> calls(String function) {
        synchronized (calls) {
            return calls.stream().filter(call -> call.getName().equals(function)).map(BapiCall::of).toList();
        }
    }

    public void clear() {
        calls.clear();
    }

    @Override
    public RfcServerSession logon(Properties logon) throws JCoException {
        return new ForwardingSession(system.logon(logon)) {
            @Override
            public void execute(JCoFunction function) throws JCoException {
                calls.add(function);
                super.execute(function);
            }
        };
    }

    @Override
    public JCoFunctionTemplate functionTemplate(String name) throws JCoException {
        return system.functionTemplate(name);
    }
}
