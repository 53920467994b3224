package org.presalesbridge.sap.jco;

import java.util.Properties;
import java.util.TreeMap;

import com.sap.conn.jco.ext.DestinationDataProvider;

/**
 * The JCo destination of the adapter: its name, JCo's own properties ({@code jco.client.ashost},
 * {@code jco.client.passwd}, {@code jco.destination.pool_capacity}, … and jco-mock's {@code jco.mock.instance}),
 * taken from the settings {@code sap.jco.*}; and how long a call may take.
 */
public record JcoSettings(String destinationName, Properties destination, long callTimeoutMillis) {

    /** jco-mock's property that selects an SAP system inside this JVM; SAP's JCo ignores it. */
    public static final String MOCK_INSTANCE = "jco.mock.instance";
    /** jco-mock's property: the folder the SAP system inside this JVM keeps its documents in; SAP's JCo ignores it. */
    public static final String MOCK_DATA_DIR = "jco.mock.data_dir";

    public boolean namesInProcessSap() {
        return !destination.getProperty(MOCK_INSTANCE, "").isBlank();
    }

    public boolean namesSapHost() {
        return !destination.getProperty(DestinationDataProvider.JCO_ASHOST, "").isBlank()
                || !destination.getProperty(DestinationDataProvider.JCO_MSHOST, "").isBlank();
    }

    public int peakLimit() {
        return Integer.parseInt(destination.getProperty(DestinationDataProvider.JCO_PEAK_LIMIT, "10").strip());
    }

    /** The destination for a log line: every property but the password. */
    public String describe() {
        TreeMap<Object, Object> shown = new TreeMap<>(destination);
        shown.remove(DestinationDataProvider.JCO_PASSWD);
        return destinationName + " " + shown;
    }

    @Override
    public String toString() {
        return "JcoSettings[" + describe() + ", callTimeoutMillis=" + callTimeoutMillis + "]";
    }
}
