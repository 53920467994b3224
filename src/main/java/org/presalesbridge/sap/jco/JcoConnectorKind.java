package org.presalesbridge.sap.jco;

import org.presalesbridge.sap.SapConnector;
import org.presalesbridge.sap.SapConnectorKind;
import org.presalesbridge.translation.CodeTables;

/** {@code sap.connector=jco}: SAP's BAPIs over JCo, SAP's sapjco3 in production, jco-mock in development. */
public final class JcoConnectorKind implements SapConnectorKind {

    @Override
    public String name() {
        return "jco";
    }

    @Override
    public SapConnector create(Settings settings, CodeTables codes) {
        // which JCo, if any, can run: before any class of the connector needs it, so that the reason is plain
        JcoLibrary.find();
        return new JcoSapConnector(JcoSettings.from(settings), codes);
    }
}
