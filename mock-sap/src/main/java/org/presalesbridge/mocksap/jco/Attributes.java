package org.presalesbridge.mocksap.jco;

import java.util.Properties;

import com.sap.conn.jco.JCoAttributes;
import com.sap.conn.jco.ext.DestinationDataProvider;

/** What the simulated partner says about itself. */
final class Attributes implements JCoAttributes {
    private static final long serialVersionUID = 1L;

    private final String destination;
    private final String host;
    private final String systemId;
    private final String systemNumber;
    private final String client;
    private final String user;
    private final String language;

    Attributes(String destination, Properties properties) {
        this.destination = destination;
        String instance = properties.getProperty(InProcessSystems.INSTANCE_PROPERTY);
        this.host = instance != null ? "in-process" : properties.getProperty(DestinationDataProvider.JCO_ASHOST, "");
        this.systemId = "MCK";
        this.systemNumber = properties.getProperty(DestinationDataProvider.JCO_SYSNR, "00");
        this.client = properties.getProperty(DestinationDataProvider.JCO_CLIENT, "");
        this.user = properties.getProperty(DestinationDataProvider.JCO_USER, "").toUpperCase(java.util.Locale.ROOT);
        this.language = properties.getProperty(DestinationDataProvider.JCO_LANG, "EN").toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String getDestination() {
        return destination;
    }

    @Override
    public String getHost() {
        return "jco-mock";
    }

    @Override
    public String getPartnerHost() {
        return host;
    }

    @Override
    public String getSystemID() {
        return systemId;
    }

    @Override
    public String getSystemNumber() {
        return systemNumber;
    }

    @Override
    public String getClient() {
        return client;
    }

    @Override
    public String getUser() {
        return user;
    }

    @Override
    public String getLanguage() {
        return language.isEmpty() ? "E" : language.substring(0, 1);
    }

    @Override
    public String getPartnerRelease() {
        return "758";
    }

    @Override
    public String getKernelRelease() {
        return "793";
    }
}
