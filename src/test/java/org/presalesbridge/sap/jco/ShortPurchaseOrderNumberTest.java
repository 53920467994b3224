package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.mocksap.ddic.FunctionInterface;
import org.presalesbridge.mocksap.ddic.Structure;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.translation.CodeTables;

/**
 * An SAP whose customer purchase order number (PURCH_NO_C, where the CRM's externalId goes) has 20 characters: the
 * connector does not start with the externalId's standard length of 35, which SAP would cut, and names the setting;
 * with {@code external-id.length=20} it starts.
 */
class ShortPurchaseOrderNumberTest {

    private static final String SYSTEM = "CONNECTOR_TEST_PO35";
    private static final String SHORT = "CONNECTOR_TEST_PO20";

    @RegisterExtension
    static final RecordedConnector sap = RecordedConnector.on(SYSTEM, CodeTables.standard());

    @Test
    void doesNotStartWithALongerExternalIdThanSapsPurchaseOrderNumberTakes() {
        InProcessSystems.register(SHORT, withPurchaseOrderNumberOf20(InProcessSystems.find(SYSTEM)));
        sap.stopConnector(); // JCo takes one destination provider at a time
        try {
            assertThatThrownBy(() -> RecordedConnector.start(SHORT, SHORT, CodeTables.standard()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("external-id.length in the mapping tables is 35")
                    .hasMessageContaining("BAPI_INQUIRY_CREATEFROMDATA2 INQUIRY_HEADER_IN has PURCH_NO_C of 20")
                    .hasMessageContaining("Set external-id.length=20");

            JcoSapConnector started = RecordedConnector.start(SHORT, SHORT,
                    RecordedConnector.codes("external-id.length=20\n"));
            try {
                assertThat(started.connections()).isPositive();
            } finally {
                started.close();
            }
        } finally {
            InProcessSystems.remove(SHORT);
            sap.startConnector();
        }
    }

    /** The system, but its inquiry create BAPI's header has a customer purchase order number of 20 characters. */
    private static RfcServer withPurchaseOrderNumberOf20(RfcServer system) {
        String create = "BAPI_INQUIRY_CREATEFROMDATA2";
        return RecordedConnector.withFunction(system, create, FunctionInterface.named(create)
                .importing("INQUIRY_HEADER_IN", Structure.named("BAPISDHD1").chars("DOC_TYPE", 4)
                        .chars("PURCH_NO_C", 20).build(), false)
                .build());
    }
}
