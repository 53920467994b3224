package org.presalesbridge.api;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * The API's port, tried before anything starts. Camel's HTTP server only logs a warning when it cannot bind its
 * port, and the start goes on: the adapter would say it started and list its URLs while nothing of it answers
 * there, and a health check on that port would ask whatever other process holds it. The port is tried as the
 * server binds it (address reuse on, as Vert.x does), so a port another process listens on is refused and one
 * left in TIME_WAIT by a stopped adapter is not.
 */
public final class ApiPort {

    private ApiPort() {
    }

    /** Throws, saying why, when this process cannot listen on the address; port 0 (any free port) always can. */
    public static void check(String host, int port) {
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(host, port));
        } catch (IOException e) {
            String hint = e.getMessage() != null && e.getMessage().contains("in use")
                    ? "; another process listens on it: stop that one, or choose another api.port" : "";
            throw new IllegalStateException("The API cannot listen on " + host + ":" + port
                    + " (api.port, environment API_PORT): " + e.getMessage() + hint);
        }
    }
}
