package org.presalesbridge.mocksap.standalone;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.Properties;
import java.util.function.Consumer;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;
import com.sap.conn.jco.ext.DestinationDataProvider;

import org.presalesbridge.mocksap.jco.FunctionCodec;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerSession;
import org.presalesbridge.mocksap.jco.remote.FrameStream;
import org.presalesbridge.mocksap.jco.remote.FunctionTemplateCodec;
import org.presalesbridge.mocksap.jco.remote.GatewayProtocol;

/**
 * The server end of one RFC connection: after logon, one ABAP session. When the socket goes, the
 * session goes with it (rolled back, locks released), as when SAP loses a client.
 *
 * <p>A communication failure the SAP system raises (an injected fault, SAP down, a commit whose
 * answer is lost) drops the connection without an answer, so the client sees what a broken network
 * shows it: the same {@code JCO_ERROR_COMMUNICATION} as in-process.
 */
final class GatewayConnection implements Runnable {

    private final FrameStream frames;
    private final RfcServer sap;
    private final RfcUsers users;
    private final Runnable durability;
    private final Consumer<GatewayConnection> onEnd;
    private RfcServerSession session; // touched by this connection's thread only

    /**
     * @param durability returns once every commit so far is on disk (the data directory's group commit)
     */
    GatewayConnection(Socket socket, RfcServer sap, RfcUsers users, Runnable durability,
                      Consumer<GatewayConnection> onEnd) throws IOException {
        this.frames = new FrameStream(socket);
        this.sap = sap;
        this.users = users;
        this.durability = durability;
        this.onEnd = onEnd;
    }

    @Override
    public void run() {
        try {
            frames.serverHandshake();
            boolean open = true;
            while (open) {
                open = serve(frames.receive());
            }
        } catch (IOException e) {
            if (!(e instanceof EOFException || e instanceof SocketException)) { // not just the peer leaving
                System.err.println("mock-sap gateway: connection from " + frames.peer() + " ended: " + e.getMessage());
            }
        } catch (RuntimeException e) {
            System.err.println("mock-sap gateway: connection from " + frames.peer() + " failed: " + e);
        } finally {
            end();
        }
    }

    /** Answers one request; false when the connection is to end. */
    private boolean serve(byte request) throws IOException {
        switch (request) {
            case GatewayProtocol.LOGON:
                return logon();
            case GatewayProtocol.EXECUTE:
                return execute();
            case GatewayProtocol.RESET:
                if (session != null) {
                    session.reset();
                }
                frames.begin(GatewayProtocol.OK).send();
                return true;
            case GatewayProtocol.PING:
                frames.begin(GatewayProtocol.OK).send();
                return true;
            case GatewayProtocol.METADATA:
                return metadata();
            case GatewayProtocol.CLOSE:
                return false;
            default:
                throw new FrameStream.ProtocolException("unknown request type " + request);
        }
    }

    private boolean logon() throws IOException {
        Properties logon = new Properties();
        int count = frames.readInt();
        for (int i = 0; i < count; i++) {
            logon.setProperty(frames.readString(), frames.readString());
        }
        if (session != null) {
            return error(JCoException.JCO_ERROR_LOGON_FAILURE, "ALREADY_LOGGED_ON",
                    "this connection is logged on already");
        }
        if (!users.accepts(logon.getProperty(DestinationDataProvider.JCO_USER),
                logon.getProperty(DestinationDataProvider.JCO_PASSWD))) {
            // as SAP: the same answer for an unknown user and a wrong password, then the connection ends
            error(JCoException.JCO_ERROR_LOGON_FAILURE, "RFC_ERROR_LOGON_FAILURE",
                    "Name or password is incorrect (repeat logon)");
            return false;
        }
        try {
            session = sap.logon(logon);
        } catch (JCoException e) {
            failed(e);
            return false;
        }
        frames.begin(GatewayProtocol.OK).send();
        return true;
    }

    private boolean execute() throws IOException {
        String name = frames.readString();
        if (session == null) {
            return error(JCoException.JCO_ERROR_LOGON_FAILURE, "NOT_LOGGED_ON", "logon first");
        }
        JCoFunction function;
        JCoException failure = null;
        try {
            JCoFunctionTemplate template = sap.functionTemplate(name);
            if (template == null) {
                return error(JCoException.JCO_ERROR_FUNCTION_NOT_FOUND, "FU_NOT_FOUND",
                        "Function module " + name + " not found");
            }
            function = frames.readBlock(in -> {
                JCoFunction call = template.getFunction();
                FunctionCodec.readRequest(in, call);
                return call;
            });
            session.execute(function);
        } catch (JCoException e) {
            function = null;
            failure = e;
        }
        durability.run(); // no answer reveals a commit before it is on disk
        if (failure instanceof AbapException abap) {
            frames.begin(GatewayProtocol.ABAP_EXCEPTION).writeString(abap.getKey()).writeString(abap.getMessage())
                    .send();
            return true;
        }
        if (failure != null) {
            return failed(failure);
        }
        JCoFunction answered = function;
        frames.begin(GatewayProtocol.RESULT).writeBlock(out -> FunctionCodec.writeResponse(answered, out)).send();
        return true;
    }

    private boolean metadata() throws IOException {
        String name = frames.readString();
        try {
            JCoFunctionTemplate template = sap.functionTemplate(name);
            if (template == null) {
                frames.begin(GatewayProtocol.NOT_FOUND).send();
            } else {
                frames.begin(GatewayProtocol.METADATA_RESULT)
                        .writeBlock(out -> FunctionTemplateCodec.write(template, out)).send();
            }
            return true;
        } catch (JCoException e) {
            return failed(e);
        }
    }

    /** Passes a failure on; a communication failure drops the connection instead. */
    private boolean failed(JCoException e) throws IOException {
        if (e.getGroup() == JCoException.JCO_ERROR_COMMUNICATION) {
            return false;
        }
        return error(e.getGroup(), e.getKey(), e.getMessage());
    }

    private boolean error(int group, String key, String message) throws IOException {
        frames.begin(GatewayProtocol.ERROR).writeInt(group).writeString(key).writeString(message).send();
        return true;
    }

    /** Ends the connection from outside (shutdown): the connection's thread then ends the session. */
    void close() {
        frames.close();
    }

    private void end() {
        try {
            if (session != null) {
                session.close();
            }
        } finally {
            frames.close();
            onEnd.accept(this);
        }
    }
}
