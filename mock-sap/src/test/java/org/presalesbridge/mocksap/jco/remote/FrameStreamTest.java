package org.presalesbridge.mocksap.jco.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FrameStreamTest {

    private ServerSocket listener;
    private Socket clientSocket;
    private Socket serverSocket;

    @BeforeEach
    void connect() throws Exception {
        listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        CompletableFuture<Socket> accepted = CompletableFuture.supplyAsync(() -> {
            try {
                return listener.accept();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        clientSocket = new Socket(InetAddress.getLoopbackAddress(), listener.getLocalPort());
        serverSocket = accepted.get();
    }

    @AfterEach
    void close() throws IOException {
        clientSocket.close();
        serverSocket.close();
        listener.close();
    }

    @Test
    void carriesFieldsOfAFrameInOrder() throws Exception {
        FrameStream client = new FrameStream(clientSocket);
        FrameStream server = new FrameStream(serverSocket);
        CompletableFuture<Void> handshake = CompletableFuture.runAsync(() -> {
            try {
                server.serverHandshake();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        client.clientHandshake();
        handshake.get();

        byte[] large = new byte[100_000];
        large[99_999] = 7;
        client.begin(GatewayProtocol.EXECUTE).writeString("BAPI_QUOTATION_CREATEFROMDATA2")
                .writeBlock(out -> out.write(large)).writeString(null).writeInt(-5).writeString("Königstraße").send();

        assertThat(server.receive()).isEqualTo(GatewayProtocol.EXECUTE);
        assertThat(server.readString()).isEqualTo("BAPI_QUOTATION_CREATEFROMDATA2");
        byte[] block = server.readBlock(in -> {
            byte[] read = new byte[large.length];
            in.readFully(read);
            return read;
        });
        assertThat(block).isEqualTo(large);
        assertThat(server.readString()).isNull();
        assertThat(server.readInt()).isEqualTo(-5);
        assertThat(server.readString()).isEqualTo("Königstraße");
        assertThatThrownBy(server::readByte).isInstanceOf(FrameStream.ProtocolException.class);
    }

    @Test
    void refusesAPeerOfAnotherVersion() throws Exception {
        FrameStream server = new FrameStream(serverSocket);
        DataOutputStream out = new DataOutputStream(clientSocket.getOutputStream());
        out.writeInt(GatewayProtocol.MAGIC);
        out.writeByte(GatewayProtocol.VERSION + 1);
        out.flush();

        assertThatThrownBy(server::serverHandshake).isInstanceOf(FrameStream.ProtocolException.class)
                .hasMessageContaining("version " + (GatewayProtocol.VERSION + 1));
    }

    @Test
    void reportsAPeerThatClosedBetweenFramesAsEndOfStream() throws Exception {
        FrameStream server = new FrameStream(serverSocket);
        clientSocket.close();

        assertThatThrownBy(server::receive).isInstanceOf(EOFException.class);
    }
}
