package org.presalesbridge.mocksap.jco;

import java.util.Properties;

import com.sap.conn.jco.JCoException;

/** Reaches an SAP system in another process (jco.client.ashost, jco.client.sysnr); found through ServiceLoader. */
public interface RfcTransportProvider {
    RfcServer server(Properties destinationProperties) throws JCoException;
}
