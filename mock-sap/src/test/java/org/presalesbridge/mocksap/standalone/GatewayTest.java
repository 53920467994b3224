package org.presalesbridge.mocksap.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;
import com.sap.conn.jco.JCoTable;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.presalesbridge.mocksap.ddic.FunctionInterface;
import org.presalesbridge.mocksap.ddic.Structure;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerSession;
import org.presalesbridge.mocksap.jco.remote.FrameStream;
import org.presalesbridge.mocksap.jco.remote.GatewayProtocol;
import org.presalesbridge.mocksap.jco.remote.GatewayTransportProvider;

/**
 * The gateway and its client, over loopback TCP, with SAP's connection test function STFC_CONNECTION
 * (plus a table and the ways a call can fail) on a small RFC server of the test's own.
 */
class GatewayTest {

    private final EchoSap echo = new EchoSap();
    private Gateway gateway;
    private RfcServer remote;

    @BeforeEach
    void startGateway() throws Exception {
        String systemNumber = FreeSystemNumber.find();
        gateway = new Gateway(echo, RfcUsers.defaults(), () -> { },
                new InetSocketAddress(InetAddress.getLoopbackAddress(), GatewayProtocol.port(systemNumber)));
        gateway.start();
        remote = new GatewayTransportProvider().server(logon(systemNumber, RfcUsers.DEFAULT_PASSWORD));
    }

    @AfterEach
    void stopGateway() {
        gateway.close();
    }

    private Properties logon(String systemNumber, String password) {
        Properties properties = new Properties();
        properties.setProperty("jco.client.ashost", "127.0.0.1");
        properties.setProperty("jco.client.sysnr", systemNumber);
        properties.setProperty("jco.client.user", "rfc_user");
        properties.setProperty("jco.client.passwd", password);
        return properties;
    }

    private Properties logon() {
        return logon(gatewaySystemNumber(), RfcUsers.DEFAULT_PASSWORD);
    }

    private String gatewaySystemNumber() {
        return String.format("%02d", gateway.address().getPort() - 3300);
    }

    private JCoFunction call(String text) throws JCoException {
        JCoFunction function = remote.functionTemplate("STFC_CONNECTION").getFunction();
        function.getImportParameterList().setValue("REQUTEXT", text);
        return function;
    }

    @Test
    void carriesACallAndItsAnswerWithTables() throws Exception {
        RfcServerSession session = remote.logon(logon());
        JCoFunction function = call("Hello SAP");
        JCoTable lines = function.getTableParameterList().getTable("LINES");
        lines.appendRow();
        lines.setValue("QUANTITY", new BigDecimal("2.500"));

        session.execute(function);

        assertThat(function.getExportParameterList().getString("ECHOTEXT")).isEqualTo("Hello SAP");
        assertThat(function.getExportParameterList().getString("RESPTEXT")).isEqualTo("session 1, call 1");
        assertThat(lines.getNumRows()).isEqualTo(2);
        lines.setRow(1);
        assertThat(lines.getBigDecimal("QUANTITY")).isEqualByComparingTo("5.000");
        session.close();
    }

    @Test
    void readsFunctionInterfacesWithoutLogon() throws Exception {
        JCoFunctionTemplate template = remote.functionTemplate("STFC_CONNECTION");

        assertThat(template.getImportParameterList().getLength("REQUTEXT")).isEqualTo(255);
        assertThat(template.getImportParameterList().isOptional("REQUTEXT")).isTrue();
        assertThat(template.getTableParameterList().getRecordMetaData("LINES").getDecimals("QUANTITY")).isEqualTo(3);
        assertThat(remote.functionTemplate("Z_DOES_NOT_EXIST")).isNull();
        assertThat(echo.sessionsOpened.get()).isZero();
    }

    @Test
    void keepsOneSessionPerConnection() throws Exception {
        RfcServerSession first = remote.logon(logon());
        RfcServerSession second = remote.logon(logon());
        JCoFunction call = call("one");
        first.execute(call);
        first.execute(call);
        JCoFunction other = call("two");
        second.execute(other);

        assertThat(call.getExportParameterList().getString("RESPTEXT")).isEqualTo("session 1, call 2");
        assertThat(other.getExportParameterList().getString("RESPTEXT")).isEqualTo("session 2, call 1");
    }

    @Test
    void classicExceptionArrivesAsAbapException() throws Exception {
        RfcServerSession session = remote.logon(logon());

        assertThatThrownBy(() -> session.execute(call("raise")))
                .isInstanceOfSatisfying(AbapException.class, e -> assertThat(e.getKey()).isEqualTo("FAILURE"));
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void dumpArrivesAsSystemFailureAndTheSessionLivesOn() throws Exception {
        RfcServerSession session = remote.logon(logon());

        assertThatThrownBy(() -> session.execute(call("dump")))
                .isInstanceOfSatisfying(JCoException.class, e -> {
                    assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_SYSTEM_FAILURE);
                    assertThat(e.getMessage()).isEqualTo("ABAP runtime error DUMP_REQUESTED");
                });
        session.execute(call("after"));
    }

    @Test
    void communicationFailureOnTheServerDropsTheConnection() throws Exception {
        RfcServerSession session = remote.logon(logon());

        assertThatThrownBy(() -> session.execute(call("drop")))
                .isInstanceOfSatisfying(JCoException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));
        assertThat(session.isOpen()).isFalse();
        Eventually.within(5, () -> gateway.connectionCount() == 1); // the repository's connection stays
        assertThat(echo.sessionsClosed.get()).isEqualTo(1);
    }

    @Test
    void wrongPasswordFailsTheLogon() {
        assertThatThrownBy(() -> remote.logon(logon(gatewaySystemNumber(), "wrong")))
                .isInstanceOfSatisfying(JCoException.class, e -> {
                    assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_LOGON_FAILURE);
                    assertThat(e.getMessage()).doesNotContain("wrong");
                });
        assertThat(echo.sessionsOpened.get()).isZero();
    }

    @Test
    void clientThatVanishesEndsItsServerSession() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.address().getPort())) {
            FrameStream frames = new FrameStream(socket);
            frames.clientHandshake();
            frames.begin(GatewayProtocol.LOGON).writeInt(2).writeString("jco.client.user")
                    .writeString(RfcUsers.DEFAULT_USER).writeString("jco.client.passwd")
                    .writeString(RfcUsers.DEFAULT_PASSWORD).send();
            assertThat(frames.receive()).isEqualTo(GatewayProtocol.OK);
            assertThat(echo.sessionsOpened.get()).isEqualTo(1);
        } // closed without CLOSE: the client process died
        Eventually.within(5, () -> echo.sessionsClosed.get() == 1);
    }

    @Test
    void sessionsEndWhenTheGatewayStops() throws Exception {
        RfcServerSession session = remote.logon(logon());
        session.execute(call("before"));

        gateway.close();

        Eventually.within(5, () -> echo.sessionsClosed.get() == 1);
        assertThatThrownBy(() -> session.execute(call("after")))
                .isInstanceOfSatisfying(JCoException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));
    }

    @Test
    void unreachableGatewayIsACommunicationFailure() throws Exception {
        Properties nobodyListens = logon(FreeSystemNumber.find(), RfcUsers.DEFAULT_PASSWORD);
        RfcServer unreachable = new GatewayTransportProvider().server(nobodyListens);

        assertThatThrownBy(() -> unreachable.logon(nobodyListens))
                .isInstanceOfSatisfying(JCoException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));
    }

    @Test
    void peerOfAnotherProtocolVersionIsTurnedAway() throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gateway.address().getPort())) {
            socket.getOutputStream().write(new byte[] {'M', 'S', 'A', 'P', GatewayProtocol.VERSION + 1});
            byte[] answer = socket.getInputStream().readNBytes(5);
            assertThat(answer[4]).isEqualTo(GatewayProtocol.VERSION);
            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    /** An RFC server with STFC_CONNECTION: echoes REQUTEXT, doubles LINES; "raise", "dump", "drop" fail. */
    static final class EchoSap implements RfcServer {
        final AtomicInteger sessionsOpened = new AtomicInteger();
        final AtomicInteger sessionsClosed = new AtomicInteger();
        private final JCoFunctionTemplate template = FunctionInterface.named("STFC_CONNECTION")
                .importingChar("REQUTEXT", 255, true)
                .exportingChar("ECHOTEXT", 255)
                .exportingChar("RESPTEXT", 255)
                .tables("LINES", Structure.named("ZLINE").packed("QUANTITY", 13, 3).build(), true)
                .exception("FAILURE")
                .build();

        @Override
        public RfcServerSession logon(Properties logon) {
            int number = sessionsOpened.incrementAndGet();
            return new RfcServerSession() {
                private int calls;
                private boolean open = true;

                @Override
                public void execute(JCoFunction function) throws JCoException {
                    String text = function.getImportParameterList().getString("REQUTEXT");
                    switch (text) {
                        case "raise" -> throw new AbapException("FAILURE", "raised on request");
                        case "dump" -> throw new JCoException(JCoException.JCO_ERROR_SYSTEM_FAILURE, "DUMP",
                                "ABAP runtime error DUMP_REQUESTED");
                        case "drop" -> {
                            close();
                            throw new JCoException(JCoException.JCO_ERROR_COMMUNICATION, "DROP", "dropped");
                        }
                        default -> {
                        }
                    }
                    function.getExportParameterList().setValue("ECHOTEXT", text);
                    function.getExportParameterList().setValue("RESPTEXT", "session " + number + ", call " + ++calls);
                    JCoTable lines = function.getTableParameterList().getTable("LINES");
                    if (lines.getNumRows() > 0) {
                        lines.setRow(0);
                        BigDecimal quantity = lines.getBigDecimal("QUANTITY");
                        lines.appendRow();
                        lines.setValue("QUANTITY", quantity.add(quantity));
                    }
                }

                @Override
                public void close() {
                    if (open) {
                        open = false;
                        sessionsClosed.incrementAndGet();
                    }
                }

                @Override
                public void reset() {
                    // nothing held
                }

                @Override
                public boolean isOpen() {
                    return open;
                }
            };
        }

        @Override
        public JCoFunctionTemplate functionTemplate(String name) {
            return template.getName().equals(name) ? template : null;
        }
    }
}
