package org.presalesbridge.mocksap.jco.remote;

import java.io.IOException;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;

import org.presalesbridge.mocksap.jco.FunctionCodec;
import org.presalesbridge.mocksap.jco.RfcServerSession;

/**
 * The client end of one RFC connection to a standalone mock-sap: one TCP connection, one ABAP
 * session on the server. A broken connection ends the session for good; the caller (jco-mock's
 * pool) opens a new one.
 */
final class RemoteSession implements RfcServerSession {

    private final FrameStream frames;
    private final String partner;
    private boolean open = true;

    RemoteSession(FrameStream frames, String partner) {
        this.frames = frames;
        this.partner = partner;
    }

    @Override
    public synchronized void execute(JCoFunction function) throws JCoException {
        if (!open) {
            throw RemoteSap.communication("connection to " + partner + " is closed", null);
        }
        byte answer;
        try {
            frames.begin(GatewayProtocol.EXECUTE).writeString(function.getName())
                    .writeBlock(out -> FunctionCodec.writeRequest(function, out)).send();
            answer = frames.receive();
            switch (answer) {
                case GatewayProtocol.RESULT:
                    frames.readBlock(in -> {
                        FunctionCodec.readResponse(in, function);
                        return function;
                    });
                    return;
                case GatewayProtocol.ABAP_EXCEPTION:
                    throw new AbapException(frames.readString(), frames.readString());
                case GatewayProtocol.ERROR:
                    throw RemoteSap.error(frames);
                default:
                    throw new FrameStream.ProtocolException("unexpected answer " + answer + " to a call");
            }
        } catch (IOException e) {
            close();
            throw RemoteSap.communication("connection to " + partner + " broke during " + function.getName(), e);
        }
    }

    @Override
    public synchronized void reset() {
        if (!open) {
            return;
        }
        try {
            frames.begin(GatewayProtocol.RESET).send();
            if (frames.receive() != GatewayProtocol.OK) {
                throw new FrameStream.ProtocolException("unexpected answer to a reset");
            }
        } catch (IOException e) {
            close(); // the server ends the session with the connection: nothing is left to reset
        }
    }

    @Override
    public synchronized void close() {
        if (!open) {
            return;
        }
        open = false;
        try {
            frames.begin(GatewayProtocol.CLOSE).send();
        } catch (IOException e) {
            // the connection is gone already; the server ended the session with it
        } finally {
            frames.close();
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }
}
