package org.presalesbridge.mocksap.standalone;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.presalesbridge.mocksap.jco.RfcServer;

/**
 * The gateway: the TCP port (33 + system number) where jco-mock destinations reach a standalone
 * SAP. One thread per connection, as SAP gives each RFC connection its own work process while it
 * runs: persistent connections from a pool keep their thread and their ABAP session.
 */
public final class Gateway implements Closeable {

    private final RfcServer sap;
    private final RfcUsers users;
    private final Runnable durability;
    private final ServerSocket serverSocket;
    private final Set<GatewayConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicLong connectionNumbers = new AtomicLong();
    private final Thread acceptor;
    private volatile boolean closing;

    /**
     * @param durability runs before every answer to a call: returns once the commits it may reveal are
     *                   on disk (a no-op without data directory)
     */
    public Gateway(RfcServer sap, RfcUsers users, Runnable durability, InetSocketAddress address)
            throws IOException {
        this.sap = sap;
        this.users = users;
        this.durability = durability;
        this.serverSocket = new ServerSocket();
        serverSocket.setReuseAddress(true);
        serverSocket.bind(address, 256);
        this.acceptor = new Thread(this::acceptLoop, "mock-sap-gateway-accept");
        acceptor.setDaemon(true);
    }

    public void start() {
        acceptor.start();
    }

    public InetSocketAddress address() {
        return (InetSocketAddress) serverSocket.getLocalSocketAddress();
    }

    /** Open RFC connections right now. */
    public int connectionCount() {
        return connections.size();
    }

    private void acceptLoop() {
        while (!closing) {
            Socket socket;
            try {
                socket = serverSocket.accept();
            } catch (IOException e) {
                if (!closing) {
                    System.err.println("mock-sap gateway: accept failed: " + e.getMessage());
                }
                continue;
            }
            try {
                GatewayConnection connection = new GatewayConnection(socket, sap, users, durability,
                        connections::remove);
                connections.add(connection);
                Thread thread = new Thread(connection, "mock-sap-rfc-" + connectionNumbers.incrementAndGet());
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                closeQuietly(socket);
            }
        }
    }

    /** Stops accepting and ends every open connection: their sessions roll back and release their locks. */
    @Override
    public void close() {
        closing = true;
        try {
            serverSocket.close();
        } catch (IOException ignored) {
            // nothing more to release
        }
        connections.forEach(GatewayConnection::close);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already gone
        }
    }
}
