package org.presalesbridge.mocksap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;

import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.server.MockSapAdmin;
import org.presalesbridge.mocksap.server.SimulatedSap;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;

/**
 * The SAP system mock-sap's tests talk to, and the one place that knows how it runs: system property
 * {@value #MODE_PROPERTY} = {@code inprocess} (the default: a SimulatedSap in this JVM, reached through
 * jco-mock's in-process transport) or {@code standalone} (mock-sap started as a separate process,
 * reached over its TCP gateway and admin HTTP API). Tests get JCo destinations and a
 * {@link MockSapAdmin} from it, nothing else.
 */
public final class MockSapTestSystem {

    public static final String MODE_PROPERTY = "mocksap.test.mode";
    /** The RFC user of {@link #destination()}; SAP writes it into CDHDR-USERNAME and lock messages. */
    public static final String USER = "ALICE";
    /** The RFC user of {@link #secondDestination()}. */
    public static final String SECOND_USER = "BOB";

    private static final String PASSWORD = "secret";
    private static final String INSTANCE = "MOCKSAP_TEST";
    private static final String DESTINATION = "MOCKSAP_TEST";
    private static final String SECOND_DESTINATION = "MOCKSAP_TEST_B";
    private static final String UNPOOLED_DESTINATION = "MOCKSAP_TEST_DIRECT";

    private static MockSapTestSystem instance;

    private final MockSapAdmin admin;

    private MockSapTestSystem(MockSapAdmin admin) {
        this.admin = admin;
    }

    public static synchronized MockSapTestSystem get() {
        if (instance == null) {
            String mode = System.getProperty(MODE_PROPERTY, "inprocess").strip();
            instance = switch (mode) {
                case "inprocess" -> inProcess();
                case "standalone" -> standalone();
                default -> throw new IllegalStateException(MODE_PROPERTY + "=" + mode
                        + " is not supported; use inprocess or standalone");
            };
        }
        return instance;
    }

    /**
     * A SimulatedSap in this JVM. Destinations come from {@code <name>.jcoDestination} files in the
     * working directory (git ignores them), as real JCo reads them, so that no DestinationDataProvider
     * of another test is in the way.
     */
    private static MockSapTestSystem inProcess() {
        writeDestination(DESTINATION, USER, 20);
        writeDestination(SECOND_DESTINATION, SECOND_USER, 20);
        writeDestination(UNPOOLED_DESTINATION, USER, 0);
        try {
            JCoDestinationManager.getDestination(DESTINATION);
        } catch (JCoException e) {
            throw new IllegalStateException("cannot reach the in-process SAP system", e);
        }
        RfcServer server = InProcessSystems.find(INSTANCE);
        if (!(server instanceof SimulatedSap sap)) {
            throw new IllegalStateException("in-process system " + INSTANCE + " is not a SimulatedSap: " + server);
        }
        return new MockSapTestSystem(sap.admin());
    }

    /**
     * mock-sap as a process of its own ({@link StandaloneProcess}: java from java.home, this JVM's
     * class path, a free system number and admin port, a temporary data directory), stopped when
     * this JVM ends; the destinations reach its gateway as they would reach SAP.
     */
    private static MockSapTestSystem standalone() {
        StandaloneProcess process = StandaloneProcess.start(StandaloneProcess.Data.FORCED, Map.of(USER, PASSWORD, SECOND_USER, PASSWORD),
                List.of("-XX:TieredStopAtLevel=1"));
        Runtime.getRuntime().addShutdownHook(new Thread(process::close, "mock-sap-test-system-stop"));
        Properties gateway = process.gateway();
        writeDestination(DESTINATION, USER, 20, gateway);
        writeDestination(SECOND_DESTINATION, SECOND_USER, 20, gateway);
        writeDestination(UNPOOLED_DESTINATION, USER, 0, gateway);
        return new MockSapTestSystem(process.admin());
    }

    private static void writeDestination(String name, String user, int poolCapacity) {
        Properties inProcess = new Properties();
        inProcess.setProperty(InProcessSystems.INSTANCE_PROPERTY, INSTANCE);
        writeDestination(name, user, poolCapacity, inProcess);
    }

    /** A destination file; {@code system} says where SAP is (an in-process instance or a gateway). */
    private static void writeDestination(String name, String user, int poolCapacity, Properties system) {
        Properties properties = new Properties();
        properties.putAll(system);
        properties.setProperty("jco.client.client", "100");
        properties.setProperty("jco.client.user", user);
        properties.setProperty("jco.client.passwd", PASSWORD);
        properties.setProperty("jco.client.lang", "EN");
        properties.setProperty("jco.destination.pool_capacity", String.valueOf(poolCapacity));
        properties.setProperty("jco.destination.peak_limit", "40");
        Path file = Path.of(name + ".jcoDestination");
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "written by mock-sap's tests (MockSapTestSystem)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        file.toFile().deleteOnExit();
    }

    /** The destination of user {@value #USER}: pooled; a JCoContext on it is one ABAP session. */
    public JCoDestination destination() throws JCoException {
        return JCoDestinationManager.getDestination(DESTINATION);
    }

    /** Another destination to the same system, user {@value #SECOND_USER}: a second session beside the first. */
    public JCoDestination secondDestination() throws JCoException {
        return JCoDestinationManager.getDestination(SECOND_DESTINATION);
    }

    /** A destination that keeps no connection: every call logs on anew. */
    public JCoDestination unpooledDestination() throws JCoException {
        return JCoDestinationManager.getDestination(UNPOOLED_DESTINATION);
    }

    public MockSapAdmin admin() {
        return admin;
    }

    /** Back to master data only: no documents, faults or ledger entries. */
    public void reset() {
        admin.reset();
    }
}
