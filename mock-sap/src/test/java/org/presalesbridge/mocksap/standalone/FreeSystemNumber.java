package org.presalesbridge.mocksap.standalone;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

import org.presalesbridge.mocksap.jco.remote.GatewayProtocol;

/** A system number whose gateway port 33NN nobody listens on right now. */
final class FreeSystemNumber {

    private FreeSystemNumber() {
    }

    static String find() {
        int start = ThreadLocalRandom.current().nextInt(100);
        for (int i = 0; i < 100; i++) {
            String number = String.format("%02d", (start + i) % 100);
            try (ServerSocket probe = new ServerSocket(GatewayProtocol.port(number), 1,
                    InetAddress.getLoopbackAddress())) {
                return number;
            } catch (IOException taken) {
                // try the next one
            }
        }
        throw new IllegalStateException("no free system number: every port 3300-3399 is taken");
    }
}
