package org.presalesbridge.mocksap.jco.remote;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunctionTemplate;

import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerSession;

/**
 * A standalone mock-sap as jco-mock sees it: its gateway at {@code ashost:33<sysnr>}. Each logon
 * opens a TCP connection (one RFC connection, one ABAP session); function interfaces are read over
 * a connection of their own, without logon, as a repository destination does.
 */
final class RemoteSap implements RfcServer {

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private final InetSocketAddress gateway;
    private final String partner;
    private FrameStream metadataConnection; // guarded by this

    RemoteSap(String host, int port) {
        this.gateway = InetSocketAddress.createUnresolved(host, port);
        this.partner = host + ":" + port;
    }

    @Override
    public RfcServerSession logon(Properties logon) throws JCoException {
        FrameStream frames = connect();
        try {
            frames.begin(GatewayProtocol.LOGON).writeInt(logon.size());
            for (String key : logon.stringPropertyNames()) {
                frames.writeString(key).writeString(logon.getProperty(key));
            }
            frames.send();
            byte answer = frames.receive();
            if (answer == GatewayProtocol.OK) {
                return new RemoteSession(frames, partner);
            }
            JCoException refused = answer == GatewayProtocol.ERROR ? error(frames)
                    : communication("unexpected answer " + answer + " to logon from " + partner, null);
            frames.close();
            throw refused;
        } catch (IOException e) {
            frames.close();
            throw communication("logon at " + partner + " failed: connection closed by partner", e);
        }
    }

    @Override
    public synchronized JCoFunctionTemplate functionTemplate(String name) throws JCoException {
        try {
            return readTemplate(name);
        } catch (IOException first) {
            // the gateway may have been restarted since the last look-up: one fresh connection
            closeMetadataConnection();
            try {
                return readTemplate(name);
            } catch (IOException e) {
                closeMetadataConnection();
                throw communication("reading the interface of " + name + " from " + partner + " failed", e);
            }
        }
    }

    private JCoFunctionTemplate readTemplate(String name) throws IOException, JCoException {
        if (metadataConnection == null) {
            metadataConnection = connect();
        }
        metadataConnection.begin(GatewayProtocol.METADATA).writeString(name).send();
        byte answer = metadataConnection.receive();
        switch (answer) {
            case GatewayProtocol.METADATA_RESULT:
                return metadataConnection.readBlock(FunctionTemplateCodec::read);
            case GatewayProtocol.NOT_FOUND:
                return null;
            case GatewayProtocol.ERROR:
                throw error(metadataConnection);
            default:
                throw new FrameStream.ProtocolException("unexpected answer " + answer + " to a metadata request");
        }
    }

    private void closeMetadataConnection() {
        if (metadataConnection != null) {
            metadataConnection.close();
            metadataConnection = null;
        }
    }

    private FrameStream connect() throws JCoException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(gateway.getHostString(), gateway.getPort()), CONNECT_TIMEOUT_MILLIS);
            FrameStream frames = new FrameStream(socket);
            frames.clientHandshake();
            return frames;
        } catch (IOException e) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing was opened
            }
            throw communication("partner " + partner + " not reached: " + e.getMessage(), e);
        }
    }

    /** Reads the rest of an ERROR answer: group, key, message. */
    static JCoException error(FrameStream frames) throws IOException {
        return new JCoException(frames.readInt(), frames.readString(), frames.readString());
    }

    static JCoException communication(String message, Throwable cause) {
        JCoException exception = new JCoException(JCoException.JCO_ERROR_COMMUNICATION, "JCO_ERROR_COMMUNICATION",
                message);
        if (cause != null) {
            exception.initCause(cause);
        }
        return exception;
    }
}
