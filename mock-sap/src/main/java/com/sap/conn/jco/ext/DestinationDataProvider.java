package com.sap.conn.jco.ext;

import java.util.Properties;

/** Supplies the properties of destinations by name. */
public interface DestinationDataProvider {
    String JCO_ASHOST = "jco.client.ashost";
    String JCO_SYSNR = "jco.client.sysnr";
    String JCO_MSHOST = "jco.client.mshost";
    String JCO_MSSERV = "jco.client.msserv";
    String JCO_R3NAME = "jco.client.r3name";
    String JCO_GROUP = "jco.client.group";
    String JCO_SAPROUTER = "jco.client.saprouter";
    String JCO_CLIENT = "jco.client.client";
    String JCO_USER = "jco.client.user";
    String JCO_PASSWD = "jco.client.passwd";
    String JCO_LANG = "jco.client.lang";
    String JCO_TRACE = "jco.client.trace";
    String JCO_POOL_CAPACITY = "jco.destination.pool_capacity";
    String JCO_PEAK_LIMIT = "jco.destination.peak_limit";
    String JCO_MAX_GET_TIME = "jco.destination.max_get_client_time";
    String JCO_EXPIRATION_TIME = "jco.destination.expiration_time";
    String JCO_EXPIRATION_PERIOD = "jco.destination.expiration_check_period";

    Properties getDestinationProperties(String destinationName) throws DataProviderException;

    boolean supportsEvents();

    void setDestinationDataEventListener(DestinationDataEventListener eventListener);
}
