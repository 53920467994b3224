package com.sap.conn.jco;

import org.presalesbridge.mocksap.jco.Destinations;

/** Entry point: destinations by name, configured by the registered DestinationDataProvider. */
public abstract class JCoDestinationManager {
    protected JCoDestinationManager() {
    }

    public static JCoDestination getDestination(String destinationName) throws JCoException {
        return Destinations.get(destinationName);
    }

    public static JCoDestination getDestination(String destinationName, String scopeType) throws JCoException {
        return Destinations.get(destinationName);
    }
}
