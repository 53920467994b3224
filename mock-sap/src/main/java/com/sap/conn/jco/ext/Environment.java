package com.sap.conn.jco.ext;

import org.presalesbridge.mocksap.jco.Destinations;

/** Registers the providers JCo takes its configuration from. */
public final class Environment {
    private Environment() {
    }

    public static void registerDestinationDataProvider(DestinationDataProvider provider) {
        Destinations.registerProvider(provider);
    }

    public static void unregisterDestinationDataProvider(DestinationDataProvider provider) {
        Destinations.unregisterProvider(provider);
    }

    public static boolean isDestinationDataProviderRegistered() {
        return Destinations.isProviderRegistered();
    }
}
