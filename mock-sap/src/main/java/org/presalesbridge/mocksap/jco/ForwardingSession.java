package org.presalesbridge.mocksap.jco;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;

/** A session that hands everything to another one: the base of a server that adds something to each call. */
public abstract class ForwardingSession implements RfcServerSession {
    private final RfcServerSession session;

    protected ForwardingSession(RfcServerSession session) {
        this.session = session;
    }

    @Override
    public void execute(JCoFunction function) throws JCoException {
        session.execute(function);
    }

    @Override
    public void close() {
        session.close();
    }

    @Override
    public void reset() {
        session.reset();
    }

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }
}
