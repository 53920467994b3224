package org.presalesbridge.mocksap.jco.remote;

import java.util.Properties;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.ext.DestinationDataProvider;

import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcTransportProvider;

/**
 * jco-mock's way to a standalone mock-sap: a destination with {@code jco.client.ashost} and
 * {@code jco.client.sysnr} reaches the gateway at ashost, port 33 + sysnr, as SAP's own rule goes.
 */
public final class GatewayTransportProvider implements RfcTransportProvider {

    @Override
    public RfcServer server(Properties destination) throws JCoException {
        String host = destination.getProperty(DestinationDataProvider.JCO_ASHOST, "").strip();
        String systemNumber = destination.getProperty(DestinationDataProvider.JCO_SYSNR, "").strip();
        try {
            return new RemoteSap(host, GatewayProtocol.port(systemNumber));
        } catch (IllegalArgumentException e) {
            throw new JCoException(JCoException.JCO_ERROR_CONFIGURATION, "JCO_ERROR_CONFIGURATION",
                    DestinationDataProvider.JCO_SYSNR + ": " + e.getMessage());
        }
    }
}
