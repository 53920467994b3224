package org.presalesbridge.sap.jco;

import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeMap;

import com.sap.conn.jco.ext.DestinationDataProvider;

import org.presalesbridge.sap.SapConnectorKind;

/**
 * The JCo destination of the adapter: its name, JCo's own properties ({@code jco.client.ashost},
 * {@code jco.client.passwd}, {@code jco.destination.pool_capacity}, … and jco-mock's {@code jco.mock.instance}),
 * taken from the settings {@code sap.jco.*}; and how long a call may take.
 */
public record JcoSettings(String destinationName, Properties destination, long callTimeoutMillis) {

    /**
     * JCo's logon properties beyond the fixed settings, passed on when set ({@code sap.} + the name, e.g.
     * {@code sap.jco.client.mshost}, environment {@code SAP_JCO_CLIENT_MSHOST}): the message server and logon group
     * of a load-balanced logon, a SAProuter string, SNC (encrypted, single sign-on) and the pool's timeouts.
     */
    public static final List<String> OPTIONAL_PROPERTIES = List.of(DestinationDataProvider.JCO_MSHOST,
            DestinationDataProvider.JCO_MSSERV, DestinationDataProvider.JCO_R3NAME, DestinationDataProvider.JCO_GROUP,
            DestinationDataProvider.JCO_SAPROUTER, "jco.client.snc_mode", "jco.client.snc_partnername",
            "jco.client.snc_qop", "jco.client.snc_myname", "jco.client.snc_lib",
            DestinationDataProvider.JCO_MAX_GET_TIME, DestinationDataProvider.JCO_EXPIRATION_TIME);

    /** jco-mock's property that selects an SAP system inside this JVM; SAP's JCo ignores it. */
    public static final String MOCK_INSTANCE = "jco.mock.instance";
    /** jco-mock's property: the folder the SAP system inside this JVM keeps its documents in; SAP's JCo ignores it. */
    public static final String MOCK_DATA_DIR = "jco.mock.data_dir";

    /**
     * The destination from the settings {@code sap.jco.*} (JCo's own names after "sap.") and
     * {@code sap.call-timeout-millis}: the fixed ones with their defaults, then {@link #OPTIONAL_PROPERTIES} where
     * set. The simulated SAP's data folder is passed on only with the simulated SAP.
     */
    public static JcoSettings from(SapConnectorKind.Settings settings) {
        Properties destination = new Properties();
        put(destination, settings, DestinationDataProvider.JCO_ASHOST, "");
        put(destination, settings, DestinationDataProvider.JCO_SYSNR, "00");
        put(destination, settings, DestinationDataProvider.JCO_CLIENT, "100");
        put(destination, settings, DestinationDataProvider.JCO_USER, "");
        put(destination, settings, DestinationDataProvider.JCO_PASSWD, "");
        put(destination, settings, DestinationDataProvider.JCO_LANG, "EN");
        put(destination, settings, DestinationDataProvider.JCO_POOL_CAPACITY, "5");
        put(destination, settings, DestinationDataProvider.JCO_PEAK_LIMIT, "10");
        OPTIONAL_PROPERTIES.forEach(optional -> put(destination, settings, optional, ""));
        put(destination, settings, MOCK_INSTANCE, "");
        if (!destination.getProperty(MOCK_INSTANCE, "").isEmpty()) {
            settings.get("sap.jco.mock.data-dir").ifPresent(folder -> destination.setProperty(MOCK_DATA_DIR,
                    Path.of(folder.strip()).toAbsolutePath().toString()));
        }
        return new JcoSettings(settings.get("sap.jco.destination", "PRESALES_BRIDGE").strip(), destination,
                Long.parseLong(settings.get("sap.call-timeout-millis", "30000").strip()));
    }

    private static void put(Properties destination, SapConnectorKind.Settings settings, String jcoName,
                            String otherwise) {
        String value = settings.get("sap." + jcoName, otherwise).strip();
        if (!value.isEmpty()) {
            destination.setProperty(jcoName, value);
        }
    }

    public boolean namesInProcessSap() {
        return !destination.getProperty(MOCK_INSTANCE, "").isBlank();
    }

    public boolean namesSapHost() {
        return !sapHost().isBlank();
    }

    /** The SAP host named: the application server, else the message server. */
    public String sapHost() {
        String host = destination.getProperty(DestinationDataProvider.JCO_ASHOST, "");
        return host.isBlank() ? destination.getProperty(DestinationDataProvider.JCO_MSHOST, "") : host;
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
