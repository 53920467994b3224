package org.presalesbridge.mocksap.jco.support;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.sap.conn.jco.ext.DestinationDataEventListener;
import com.sap.conn.jco.ext.DestinationDataProvider;
import com.sap.conn.jco.ext.Environment;

/**
 * The one DestinationDataProvider of the test JVM (JCo accepts only one per JVM): holds properties per
 * destination name. Test classes call {@link #install()} and {@link #define(String, Properties)}; redefining a
 * name tells JCo, which then builds a fresh destination (and pool) for it.
 */
public final class TestDestinationProvider implements DestinationDataProvider {
    private static final TestDestinationProvider INSTANCE = new TestDestinationProvider();

    private final Map<String, Properties> destinations = new ConcurrentHashMap<>();
    private volatile DestinationDataEventListener listener;

    private TestDestinationProvider() {
    }

    /** Registers the provider with JCo unless it is already registered; returns it. */
    public static synchronized TestDestinationProvider install() {
        if (!Environment.isDestinationDataProviderRegistered()) {
            Environment.registerDestinationDataProvider(INSTANCE);
        }
        return INSTANCE;
    }

    /** Takes the provider out of JCo (as a test of the file-based destinations needs); {@link #install()} puts it back. */
    public static synchronized void uninstall() {
        if (Environment.isDestinationDataProviderRegistered()) {
            Environment.unregisterDestinationDataProvider(INSTANCE);
        }
    }

    /** Defines (or replaces) a destination. */
    public void define(String name, Properties properties) {
        Properties copy = new Properties();
        copy.putAll(properties);
        destinations.put(name, copy);
        DestinationDataEventListener current = listener;
        if (current != null) {
            current.updated(name);
        }
    }

    /** An in-process destination on the system registered under {@code instance}, with a user and a password. */
    public static Properties inProcess(String instance) {
        Properties properties = new Properties();
        properties.setProperty("jco.mock.instance", instance);
        properties.setProperty(JCO_CLIENT, "100");
        properties.setProperty(JCO_USER, "RFC_TEST");
        properties.setProperty(JCO_PASSWD, "s3cret-Passw0rd");
        properties.setProperty(JCO_LANG, "EN");
        return properties;
    }

    /**
     * Removes a destination; the last one removed takes the provider out of JCo, so that the next test
     * class of this JVM can use destination files or register a provider of its own, as JCo allows
     * only one.
     */
    public void remove(String name) {
        destinations.remove(name);
        DestinationDataEventListener current = listener;
        if (current != null) {
            current.deleted(name);
        }
        synchronized (TestDestinationProvider.class) {
            if (destinations.isEmpty()) {
                uninstall();
            }
        }
    }

    @Override
    public Properties getDestinationProperties(String destinationName) {
        Properties properties = destinations.get(destinationName);
        if (properties == null) {
            return null;
        }
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public boolean supportsEvents() {
        return true;
    }

    @Override
    public void setDestinationDataEventListener(DestinationDataEventListener eventListener) {
        this.listener = eventListener;
    }
}
