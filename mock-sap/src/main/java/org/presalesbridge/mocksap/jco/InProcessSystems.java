package org.presalesbridge.mocksap.jco;

import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/** The SAP systems running inside this JVM, by the name destinations give in {@code jco.mock.instance}. */
public final class InProcessSystems {
    public static final String INSTANCE_PROPERTY = "jco.mock.instance";

    private static final Map<String, RfcServer> SYSTEMS = new ConcurrentHashMap<>();

    private InProcessSystems() {
    }

    /** The system of that name, created on first use by the registered {@link RfcServerProvider}. */
    public static RfcServer get(String name, Properties destinationProperties) {
        return SYSTEMS.computeIfAbsent(name, n -> create(n, destinationProperties));
    }

    /** The system of that name if it runs, else null. */
    public static RfcServer find(String name) {
        return SYSTEMS.get(name);
    }

    /** Runs a system under a name of the caller's choosing (tests, the standalone process). */
    public static void register(String name, RfcServer server) {
        SYSTEMS.put(name, server);
    }

    public static void remove(String name) {
        SYSTEMS.remove(name);
    }

    private static RfcServer create(String name, Properties properties) {
        for (RfcServerProvider provider : ServiceLoader.load(RfcServerProvider.class)) {
            return provider.create(name, properties);
        }
        throw new IllegalStateException("No in-process SAP system is on the class path (mock-sap's SimulatedSap)");
    }
}
