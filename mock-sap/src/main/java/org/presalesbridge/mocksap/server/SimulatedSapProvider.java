package org.presalesbridge.mocksap.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerProvider;
import org.presalesbridge.mocksap.standalone.Journal;

/**
 * Gives jco-mock a {@link SimulatedSap} for a destination's {@code jco.mock.instance}, configured from
 * the destination's properties ({@value SimulatedSap#MASTER_DATA_PROPERTY},
 * {@value SimulatedSap#LEDGER_CAPACITY_PROPERTY}). With {@value SimulatedSap#DATA_DIRECTORY_PROPERTY} its documents,
 * number ranges and locks' history are kept in that directory, as the standalone process keeps them with
 * {@code --data-dir}: loaded when the system starts, every commit written there before it returns (it survives
 * this process, not a crash of the machine). Registered in META-INF/services.
 */
public final class SimulatedSapProvider implements RfcServerProvider {

    @Override
    public RfcServer create(String instanceName, Properties properties) {
        SimulatedSap sap = SimulatedSap.fromProperties(instanceName, properties);
        String directory = properties.getProperty(SimulatedSap.DATA_DIRECTORY_PROPERTY, "").strip();
        if (!directory.isEmpty()) {
            try {
                // open for as long as this JVM runs, as the system is; its lock goes with the process
                Journal.open(Path.of(directory), sap, false);
            } catch (IOException e) {
                throw new UncheckedIOException("mock-sap cannot keep its documents in " + directory + ": "
                        + e.getMessage(), e);
            }
        }
        return sap;
    }
}
