package org.presalesbridge.mocksap.jco;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;

/** One RFC connection of a destination's pool, carrying one ABAP session. */
final class Connection {
    private final RfcServerSession session;
    private volatile boolean broken;

    Connection(RfcServerSession session) {
        this.session = session;
    }

    void execute(JCoFunction function) throws JCoException {
        try {
            session.execute(function);
        } catch (JCoException e) {
            if (e.getGroup() == JCoException.JCO_ERROR_COMMUNICATION) {
                broken = true;
                session.close();
            }
            throw e;
        }
    }

    void reset() {
        if (isUsable()) {
            session.reset();
        }
    }

    boolean isUsable() {
        return !broken && session.isOpen();
    }

    void close() {
        session.close();
    }
}
