package org.presalesbridge.mocksap.jco;

import java.util.Properties;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;

/**
 * The in-process path: each call crosses to the system as a copy made through {@link FunctionCodec}, and
 * the answer comes back the same way, so that caller and SAP never share an object, as over a network.
 */
final class CopyingServer implements RfcServer {
    private final RfcServer system;

    CopyingServer(RfcServer system) {
        this.system = system;
    }

    @Override
    public RfcServerSession logon(Properties logon) throws JCoException {
        return new Session(system.logon(logon));
    }

    @Override
    public JCoFunctionTemplate functionTemplate(String name) throws JCoException {
        return system.functionTemplate(name);
    }

    private final class Session extends ForwardingSession {

        Session(RfcServerSession session) {
            super(session);
        }

        @Override
        public void execute(JCoFunction function) throws JCoException {
            JCoFunctionTemplate template = system.functionTemplate(function.getName());
            if (template == null) {
                throw new JCoException(JCoException.JCO_ERROR_FUNCTION_NOT_FOUND, "FU_NOT_FOUND",
                        "Function module " + function.getName() + " does not exist in the SAP system");
            }
            JCoFunction copy = template.getFunction();
            FunctionCodec.readRequest(FunctionCodec.request(function), copy);
            super.execute(copy);
            FunctionCodec.readResponse(FunctionCodec.response(copy), function);
        }
    }
}
