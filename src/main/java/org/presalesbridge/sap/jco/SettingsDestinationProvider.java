package org.presalesbridge.sap.jco;

import java.util.Properties;

import com.sap.conn.jco.ext.DataProviderException;
import com.sap.conn.jco.ext.DestinationDataEventListener;
import com.sap.conn.jco.ext.DestinationDataProvider;

/**
 * Gives JCo the adapter's one destination from the settings ({@code sap.jco.*}, each overridable from the
 * environment) instead of a {@code .jcoDestination} file: the password never lies on disk beside the adapter.
 */
final class SettingsDestinationProvider implements DestinationDataProvider {

    private final String destinationName;
    private final Properties properties;

    SettingsDestinationProvider(String destinationName, Properties properties) {
        this.destinationName = destinationName;
        this.properties = properties;
    }

    @Override
    public Properties getDestinationProperties(String name) throws DataProviderException {
        if (!destinationName.equals(name)) {
            return null;
        }
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    @Override
    public boolean supportsEvents() {
        return false;
    }

    @Override
    public void setDestinationDataEventListener(DestinationDataEventListener listener) {
        // the settings do not change while the adapter runs
    }

    @Override
    public String toString() {
        return "destination " + destinationName + " from the settings sap.jco.*";
    }
}
