package org.presalesbridge.mocksap.jco;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.ext.DestinationDataEventListener;
import com.sap.conn.jco.ext.DestinationDataProvider;

/**
 * Destinations by name, as JCo finds them: from the registered {@link DestinationDataProvider}, else from a
 * {@code <name>.jcoDestination} properties file in the working directory. One instance (and one pool) per name.
 */
public final class Destinations {
    private static final Map<String, MockDestination> DESTINATIONS = new ConcurrentHashMap<>();
    private static volatile DestinationDataProvider provider;

    private Destinations() {
    }

    public static JCoDestination get(String name) throws JCoException {
        MockDestination destination = DESTINATIONS.get(name);
        if (destination != null) {
            return destination;
        }
        synchronized (DESTINATIONS) {
            destination = DESTINATIONS.get(name);
            if (destination == null) {
                destination = create(name, properties(name));
                DESTINATIONS.put(name, destination);
            }
            return destination;
        }
    }

    public static synchronized void registerProvider(DestinationDataProvider newProvider) {
        if (provider != null) {
            throw new IllegalStateException("DestinationDataProvider already registered ["
                    + provider.getClass().getName() + "]");
        }
        provider = newProvider;
        if (newProvider.supportsEvents()) {
            newProvider.setDestinationDataEventListener(new Listener());
        }
    }

    public static synchronized void unregisterProvider(DestinationDataProvider oldProvider) {
        if (provider != oldProvider) {
            throw new IllegalStateException("This DestinationDataProvider is not registered");
        }
        provider = null;
        DESTINATIONS.values().forEach(MockDestination::close);
        DESTINATIONS.clear();
    }

    public static boolean isProviderRegistered() {
        return provider != null;
    }

    /** Forgets a destination (its idle connections close); the next get reads its properties again. */
    public static void forget(String name) {
        MockDestination destination = DESTINATIONS.remove(name);
        if (destination != null) {
            destination.close();
        }
    }

    private static Properties properties(String name) throws JCoException {
        DestinationDataProvider current = provider;
        Properties properties = current != null ? current.getDestinationProperties(name) : file(name);
        if (properties == null) {
            throw new JCoException(JCoException.JCO_ERROR_RESOURCE, "JCO_ERROR_RESOURCE",
                    "Destination " + name + " does not exist");
        }
        return properties;
    }

    private static Properties file(String name) throws JCoException {
        Path path = Path.of(name + ".jcoDestination");
        if (!Files.isRegularFile(path)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new JCoException(JCoException.JCO_ERROR_CONFIGURATION, "JCO_ERROR_CONFIGURATION",
                    "Cannot read " + path.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        return properties;
    }

    private static MockDestination create(String name, Properties properties) throws JCoException {
        return new MockDestination(name, properties, server(name, properties));
    }

    private static RfcServer server(String name, Properties properties) throws JCoException {
        String instance = properties.getProperty(InProcessSystems.INSTANCE_PROPERTY);
        if (instance != null && !instance.isBlank()) {
            return new CopyingServer(InProcessSystems.get(instance.strip(), properties));
        }
        if (properties.getProperty(DestinationDataProvider.JCO_ASHOST) == null) {
            throw new JCoException(JCoException.JCO_ERROR_CONFIGURATION, "JCO_ERROR_CONFIGURATION",
                    "Destination " + name + " has neither " + DestinationDataProvider.JCO_ASHOST + " nor "
                            + InProcessSystems.INSTANCE_PROPERTY);
        }
        for (RfcTransportProvider transport : ServiceLoader.load(RfcTransportProvider.class)) {
            return transport.server(properties);
        }
        throw new JCoException(JCoException.JCO_ERROR_CONFIGURATION, "JCO_ERROR_CONFIGURATION",
                "jco-mock has no transport to reach " + properties.getProperty(DestinationDataProvider.JCO_ASHOST));
    }

    private static final class Listener implements DestinationDataEventListener {
        @Override
        public void deleted(String destinationName) {
            forget(destinationName);
        }

        @Override
        public void updated(String destinationName) {
            forget(destinationName);
        }
    }
}
