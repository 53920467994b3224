package org.presalesbridge.sap.jco;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunctionTemplate;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.presalesbridge.TempFiles;
import org.presalesbridge.mocksap.BapiCall;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerSession;
import org.presalesbridge.mocksap.jco.support.RecordingSap;
import org.presalesbridge.mocksap.server.Ledger;
import org.presalesbridge.mocksap.server.MockSapAdmin;
import org.presalesbridge.mocksap.server.SimulatedSap;
import org.presalesbridge.translation.CodeTables;

/**
 * The JCo connector on a mock-sap inside the test JVM that records every call it receives. As a JUnit extension
 * ({@code @RegisterExtension static RecordedConnector sap = RecordedConnector.on(…)}) it starts once per test class
 * and gives every test a freshly reset SAP with no calls recorded.
 */
final class RecordedConnector implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final String instance;
    private final CodeTables codes;
    private final Properties sapProperties = new Properties();
    private SimulatedSap sap;
    private RecordingSap recorded;
    private JcoSapConnector connector;

    private RecordedConnector(String instance, CodeTables codes) {
        this.instance = instance;
        this.codes = codes;
    }

    /** On mock-sap's packaged master data. */
    static RecordedConnector on(String instance, CodeTables codes) {
        return new RecordedConnector(instance, codes);
    }

    /** On the master data files of a folder (the packaged ones for files it lacks). */
    static RecordedConnector on(String instance, CodeTables codes, Path masterData) {
        RecordedConnector connector = new RecordedConnector(instance, codes);
        connector.sapProperties.setProperty(SimulatedSap.MASTER_DATA_PROPERTY, masterData.toString());
        return connector;
    }

    /** A started connector on the in-process system {@code instance}. */
    static JcoSapConnector start(String destination, String instance, CodeTables codes) {
        return start(destination, instance, codes, 30_000);
    }

    /** A started connector on the in-process system {@code instance}, with SAP's call timeout. */
    static JcoSapConnector start(String destination, String instance, CodeTables codes, long callTimeoutMillis) {
        Properties properties = new Properties();
        properties.setProperty(JcoSettings.MOCK_INSTANCE, instance);
        JcoSapConnector started = new JcoSapConnector(new JcoSettings(destination, properties, callTimeoutMillis),
                codes);
        started.start();
        return started;
    }

    /** The standard mapping tables with a team's entries over them ({@code "material.length=40\n"}). */
    static CodeTables codes(String entries) {
        try {
            Path mapping = TempFiles.file("connector-codes-", ".properties");
            Files.writeString(mapping, entries);
            return CodeTables.load(mapping.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The system, but its function module {@code name} with the interface {@code template}: an SAP of another
     * release (an ECC's items without MATERIAL_LONG, a shorter PURCH_NO_C).
     */
    static RfcServer withFunction(RfcServer system, String name, JCoFunctionTemplate template) {
        return withInterfaces(system, function -> function.equals(name) ? template : system.functionTemplate(function));
    }

    /** How an SAP answers the look-up of a function module's interface. */
    interface Interfaces {
        JCoFunctionTemplate of(String function) throws JCoException;
    }

    /** The system, its function modules' interfaces looked up in {@code interfaces}. */
    static RfcServer withInterfaces(RfcServer system, Interfaces interfaces) {
        return new RfcServer() {
            @Override
            public RfcServerSession logon(Properties logon) throws JCoException {
                return system.logon(logon);
            }

            @Override
            public JCoFunctionTemplate functionTemplate(String function) throws JCoException {
                return interfaces.of(function);
            }
        };
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        sap = SimulatedSap.fromProperties(instance, sapProperties);
        recorded = RecordingSap.register(instance, sap);
        startConnector();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        sap.reset();
        recorded.clear();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        connector.close();
        InProcessSystems.remove(instance);
    }

    JcoSapConnector connector() {
        return connector;
    }

    MockSapAdmin admin() {
        return sap.admin();
    }

    Ledger ledger() {
        return sap.ledger();
    }

    CodeTables codes() {
        return codes;
    }

    /** Every call of the function module SAP received since the test began (or since {@link #clearCalls()}). */
    List<BapiCall> calls(String function) {
        return recorded.calls(function);
    }

    void clearCalls() {
        recorded.clear();
    }

    /** Stops the connector (JCo takes one destination provider at a time), for a test that starts another one. */
    void stopConnector() {
        connector.close();
    }

    void startConnector() {
        connector = start(instance, instance, codes);
    }
}
