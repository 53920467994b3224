package com.sap.conn.jco;

import java.util.Properties;

/** A configured SAP system: logon data and a connection pool. */
public interface JCoDestination {
    String getDestinationName();

    String getDestinationID();

    String getApplicationServerHost();

    String getSystemNumber();

    String getClient();

    String getLanguage();

    String getUser();

    int getPeakLimit();

    int getPoolCapacity();

    long getMaxGetClientTime();

    JCoAttributes getAttributes() throws JCoException;

    JCoRepository getRepository() throws JCoException;

    void ping() throws JCoException;

    boolean isValid();

    /** The destination's properties, without the password. */
    Properties getProperties();
}
