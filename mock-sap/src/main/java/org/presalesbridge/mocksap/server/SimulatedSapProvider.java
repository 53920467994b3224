package org.presalesbridge.mocksap.server;

import java.util.Properties;

import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerProvider;

/**
 * Gives jco-mock a {@link SimulatedSap} for a destination's {@code jco.mock.instance}, configured from
 * the destination's properties ({@value SimulatedSap#MASTER_DATA_PROPERTY},
 * {@value SimulatedSap#LEDGER_CAPACITY_PROPERTY}). Registered in META-INF/services.
 */
public final class SimulatedSapProvider implements RfcServerProvider {

    @Override
    public RfcServer create(String instanceName, Properties properties) {
        return SimulatedSap.fromProperties(instanceName, properties);
    }
}
