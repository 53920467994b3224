package org.presalesbridge.mocksap.jco.remote;

/**
 * The wire protocol between jco-mock destinations and mock-sap's gateway (see mock-sap/docs/standalone.md).
 *
 * <p>One TCP connection is one RFC connection and, after {@link #LOGON}, one ABAP session on the
 * server. The client sends one request frame and waits for its answer; nothing else travels.
 */
public final class GatewayProtocol {

    /** "MSAP": the first four bytes each side sends, then {@link #VERSION}. */
    public static final int MAGIC = 0x4D534150;
    public static final byte VERSION = 1;
    /** Larger frames are refused: no RFC call of an SD integration comes near it. */
    public static final int MAX_FRAME_LENGTH = 64 << 20;

    // requests (client → gateway)
    /** Logon properties: int count, then count × (string key, string value). Answer OK or ERROR. */
    public static final byte LOGON = 1;
    /** string function name, bytes FunctionCodec request. Answer RESULT, ABAP_EXCEPTION or ERROR. */
    public static final byte EXECUTE = 2;
    /** Discards the session's user context (rollback, locks released). Answer OK. */
    public static final byte RESET = 3;
    /** Answer OK; works before logon too. */
    public static final byte PING = 4;
    /** string function name. Answer METADATA (bytes) or NOT_FOUND; works before logon too. */
    public static final byte METADATA = 5;
    /** Ends the session; the gateway closes the connection without answering. */
    public static final byte CLOSE = 6;

    // answers (gateway → client)
    public static final byte OK = 0x40;
    /** bytes FunctionCodec response (export, changing, tables). */
    public static final byte RESULT = 0x41;
    /** string exception key, string message. */
    public static final byte ABAP_EXCEPTION = 0x42;
    /** int JCoException group, string key, string message. */
    public static final byte ERROR = 0x43;
    /** bytes: the function's interface, the function template, see mock-sap/docs/standalone.md. */
    public static final byte METADATA_RESULT = 0x44;
    public static final byte NOT_FOUND = 0x45;

    /** SAP's rule: the gateway of system number NN listens on port 33NN. */
    public static int port(String systemNumber) {
        if (systemNumber == null || !systemNumber.matches("\\d{2}")) {
            throw new IllegalArgumentException("system number must be two digits (00-99), was " + systemNumber);
        }
        return 3300 + Integer.parseInt(systemNumber);
    }

    private GatewayProtocol() {
    }
}
