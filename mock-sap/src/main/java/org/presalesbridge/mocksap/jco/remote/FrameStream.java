package org.presalesbridge.mocksap.jco.remote;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One end of a gateway connection: a handshake, then length-prefixed binary frames.
 *
 * <p>A frame is {@code int length} (of what follows), {@code byte type}, payload. The payload is
 * written and read field by field: {@code int}, {@code byte}, strings (int length + UTF-8) and byte
 * blocks (int length + bytes). One RFC connection carries one call at a time, as in SAP, so a
 * stream is used by one thread at a time and reuses its buffers across frames.
 */
public final class FrameStream implements Closeable {

    private static final int BUFFER_SIZE = 1 << 16;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private byte[] outgoing = new byte[4096];
    private int outgoingLength;
    /** Writes into the frame being built, for codecs that write to a DataOutput. */
    private final DataOutputStream payloadOutput = new DataOutputStream(new OutputStream() {
        @Override
        public void write(int b) {
            writeByte(b);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            ensureOutgoing(length);
            System.arraycopy(bytes, offset, outgoing, outgoingLength, length);
            outgoingLength += length;
        }
    });
    private byte[] incoming = new byte[4096];
    private int incomingLength;
    private int readPosition;

    public FrameStream(Socket socket) throws IOException {
        this.socket = socket;
        socket.setTcpNoDelay(true);
        socket.setKeepAlive(true); // a peer that vanishes without closing is noticed in the end
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), BUFFER_SIZE));
        this.out = new BufferedOutputStream(socket.getOutputStream(), BUFFER_SIZE);
    }

    /** Client side of the handshake: announces our protocol version and checks the server's. */
    public void clientHandshake() throws IOException {
        writeHandshake();
        readHandshake();
    }

    /** Server side of the handshake: checks the client's version, then answers with ours. */
    public void serverHandshake() throws IOException {
        try {
            readHandshake();
        } finally {
            // the client learns our version even when it speaks another one
            writeHandshake();
        }
    }

    private void writeHandshake() throws IOException {
        writeIntTo(out, GatewayProtocol.MAGIC);
        out.write(GatewayProtocol.VERSION);
        out.flush();
    }

    private void readHandshake() throws IOException {
        int magic = in.readInt();
        if (magic != GatewayProtocol.MAGIC) {
            throw new ProtocolException("not a mock-sap gateway peer (magic " + Integer.toHexString(magic) + ")");
        }
        int version = in.readUnsignedByte();
        if (version != GatewayProtocol.VERSION) {
            throw new ProtocolException("peer speaks gateway protocol version " + version
                    + ", this side speaks version " + GatewayProtocol.VERSION);
        }
    }

    // ---- writing -------------------------------------------------------------------------------

    /** Starts a new outgoing frame of the given type; the fields written next form its payload. */
    public FrameStream begin(byte type) {
        outgoingLength = 0;
        writeByte(type);
        return this;
    }

    public FrameStream writeByte(int value) {
        ensureOutgoing(1);
        outgoing[outgoingLength++] = (byte) value;
        return this;
    }

    public FrameStream writeInt(int value) {
        ensureOutgoing(4);
        outgoing[outgoingLength++] = (byte) (value >>> 24);
        outgoing[outgoingLength++] = (byte) (value >>> 16);
        outgoing[outgoingLength++] = (byte) (value >>> 8);
        outgoing[outgoingLength++] = (byte) value;
        return this;
    }

    /** A string, null allowed (length -1). */
    public FrameStream writeString(String value) {
        return writeBytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    /** A byte block, null allowed (length -1). */
    private FrameStream writeBytes(byte[] value) {
        if (value == null) {
            return writeInt(-1);
        }
        writeInt(value.length);
        ensureOutgoing(value.length);
        System.arraycopy(value, 0, outgoing, outgoingLength, value.length);
        outgoingLength += value.length;
        return this;
    }

    /** Writes a field to the payload in place, as a byte block: int length, then what the writer wrote. */
    public FrameStream writeBlock(BlockWriter writer) throws IOException {
        int lengthAt = outgoingLength;
        writeInt(0);
        writer.write(payloadOutput);
        int length = outgoingLength - lengthAt - 4;
        outgoing[lengthAt] = (byte) (length >>> 24);
        outgoing[lengthAt + 1] = (byte) (length >>> 16);
        outgoing[lengthAt + 2] = (byte) (length >>> 8);
        outgoing[lengthAt + 3] = (byte) length;
        return this;
    }

    /** Writes one byte block of a frame's payload. */
    @FunctionalInterface
    public interface BlockWriter {
        void write(DataOutput out) throws IOException;
    }

    /** Reads one byte block of a frame's payload. */
    @FunctionalInterface
    public interface BlockReader<T> {
        T read(DataInput in) throws IOException;
    }

    /** Sends the frame begun with {@link #begin} in one write. */
    public void send() throws IOException {
        writeIntTo(out, outgoingLength);
        out.write(outgoing, 0, outgoingLength);
        out.flush();
    }

    private void ensureOutgoing(int more) {
        if (outgoingLength + more > outgoing.length) {
            outgoing = Arrays.copyOf(outgoing, Math.max(outgoing.length * 2, outgoingLength + more));
        }
    }

    private static void writeIntTo(OutputStream target, int value) throws IOException {
        target.write(value >>> 24);
        target.write(value >>> 16);
        target.write(value >>> 8);
        target.write(value);
    }

    // ---- reading -------------------------------------------------------------------------------

    /**
     * Reads the next frame and returns its type; its payload is read next with the read methods.
     *
     * @throws EOFException when the peer closed the connection between two frames
     */
    public byte receive() throws IOException {
        int length = in.readInt();
        if (length < 1 || length > GatewayProtocol.MAX_FRAME_LENGTH) {
            throw new ProtocolException("frame length " + length + " out of range");
        }
        if (length > incoming.length) {
            incoming = new byte[Math.max(length, incoming.length * 2)];
        }
        in.readFully(incoming, 0, length);
        incomingLength = length;
        readPosition = 0;
        return readByte();
    }

    public byte readByte() throws ProtocolException {
        require(1);
        return incoming[readPosition++];
    }

    public int readInt() throws ProtocolException {
        require(4);
        int value = ((incoming[readPosition] & 0xff) << 24) | ((incoming[readPosition + 1] & 0xff) << 16)
                | ((incoming[readPosition + 2] & 0xff) << 8) | (incoming[readPosition + 3] & 0xff);
        readPosition += 4;
        return value;
    }

    public String readString() throws ProtocolException {
        int length = readLength();
        if (length < 0) {
            return null;
        }
        String value = new String(incoming, readPosition, length, StandardCharsets.UTF_8);
        readPosition += length;
        return value;
    }

    /** Reads a byte block written by {@link #writeBlock} in place; the reader must read all of it. */
    public <T> T readBlock(BlockReader<T> reader) throws IOException {
        int length = readLength();
        if (length < 0) {
            throw new ProtocolException("a block is missing");
        }
        int end = readPosition + length;
        T value = reader.read(new DataInputStream(new ByteArrayInputStream(incoming, readPosition, length)));
        readPosition = end;
        return value;
    }

    private int readLength() throws ProtocolException {
        int length = readInt();
        if (length >= 0) {
            require(length);
        }
        return length;
    }

    private void require(int bytes) throws ProtocolException {
        if (readPosition + bytes > incomingLength) {
            throw new ProtocolException("frame ends before its payload does");
        }
    }

    // ---- connection ----------------------------------------------------------------------------

    public String peer() {
        return String.valueOf(socket.getRemoteSocketAddress());
    }

    /** Closes the socket at once; a thread blocked in {@link #receive} gets an exception. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing a socket that already broke tells nothing new
        }
    }

    /** The peer sent something that does not follow the gateway protocol. */
    public static final class ProtocolException extends IOException {
        public ProtocolException(String message) {
            super(message);
        }
    }
}
