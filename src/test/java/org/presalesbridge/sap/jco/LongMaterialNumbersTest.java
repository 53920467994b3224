package org.presalesbridge.sap.jco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.presalesbridge.sap.jco.JcoSapConnectorTest.document;
import static org.presalesbridge.sap.jco.JcoSapConnectorTest.item;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.TempFiles;
import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.Item;
import org.presalesbridge.document.ItemChange;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.mocksap.BapiCall;
import org.presalesbridge.mocksap.ddic.FunctionInterface;
import org.presalesbridge.mocksap.ddic.Structure;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.jco.RfcServer;

/**
 * S/4HANA's material numbers of 40 characters (material.length=40): they travel in MATERIAL_LONG, and the CRM gets
 * them back as it sent them.
 */
class LongMaterialNumbersTest {

    /** Material 100200 as an S/4HANA with 40-character material numbers keeps it. */
    private static final String GREASE = "0".repeat(34) + "100200";

    @RegisterExtension
    static final RecordedConnector sap = RecordedConnector.on("CONNECTOR_TEST_S4",
            RecordedConnector.codes("material.length=40\n"), s4MasterData());

    @Test
    void createsWithTheMaterialNumberInMaterialLongAndDisplaysItAsTheCrmSentIt() {
        SalesDocument created = sap.connector().create(inquiry(item("100200", "4", "KGM")));

        BapiCall create = sap.calls("BAPI_INQUIRY_CREATEFROMDATA2").get(0);
        assertThat(create.table("INQUIRY_ITEMS_IN").get(0)).containsEntry("MATERIAL_LONG", GREASE)
                .containsEntry("MATERIAL", "");
        assertThat(create.table("INQUIRY_ITEMS_INX").get(0)).containsEntry("MATERIAL_LONG", "X")
                .containsEntry("MATERIAL", "");
        assertThat(created.items()).extracting(Item::material).containsExactly("100200");
        assertThat(created.items().get(0).netValue()).isEqualByComparingTo("33.60");
        assertThat(sap.connector().display(DocumentKind.INQUIRY, created.documentNumber()).orElseThrow().items())
                .extracting(Item::material).containsExactly("100200");
    }

    @Test
    void aChangeAddsAnItemWithTheMaterialNumberInMaterialLong() {
        String number = sap.connector().create(inquiry(item("100200", "4", "KGM"))).documentNumber();

        SalesDocument changed = sap.connector().change(DocumentKind.INQUIRY, number, new DocumentChange(null, null,
                null, null, null, List.of(new ItemChange(null, "100200", new BigDecimal("2"), "KGM", null, null, null,
                        null))));

        Map<String, String> row = sap.calls("BAPI_CUSTOMERINQUIRY_CHANGE").get(0).table("INQUIRY_ITEM_IN").get(0);
        assertThat(row).containsEntry("MATERIAL_LONG", GREASE).containsEntry("MATERIAL", "");
        assertThat(changed.items()).extracting(Item::material).containsExactly("100200", "100200");
    }

    @Test
    void simulatesWithTheMaterialNumberInMaterialLong() {
        SalesDocument simulated = sap.connector().simulate(inquiry(item("100200", "4", "KGM")));

        Map<String, String> row = sap.calls("BAPI_SALESORDER_SIMULATE").get(0).table("ORDER_ITEMS_IN").get(0);
        assertThat(row).containsEntry("MATERIAL_LONG", GREASE).containsEntry("MATERIAL", "");
        assertThat(simulated.items().get(0).netValue()).isEqualByComparingTo("33.60");
    }

    @Test
    void doesNotStartAgainstAnSapWhoseBapisHaveNoMaterialLong() {
        String ecc = "CONNECTOR_TEST_ECC";
        InProcessSystems.register(ecc, withoutMaterialLong(InProcessSystems.find("CONNECTOR_TEST_S4")));
        sap.stopConnector();
        try {
            assertThatThrownBy(() -> RecordedConnector.start(ecc, ecc, sap.codes()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("BAPI_INQUIRY_CREATEFROMDATA2 has no MATERIAL_LONG in INQUIRY_ITEMS_IN")
                    .hasMessageContaining("material.length=18");
        } finally {
            InProcessSystems.remove(ecc);
            sap.startConnector();
        }
    }

    private static SalesDocument inquiry(Item item) {
        return document(DocumentKind.INQUIRY, "CRM-S4", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 3, 31), null,
                List.of(item));
    }

    /** Master data with material 100200 in its 40 characters. */
    private static Path s4MasterData() {
        try {
            Path masterData = TempFiles.directory("s4-master-data-");
            Files.writeString(masterData.resolve("materials.csv"),
                    "MATNR,MAKTX,MEINS,MATKL\n" + GREASE + ",\"Lubricating grease EP2, bulk\",KG,SPARES\n");
            Files.writeString(masterData.resolve("material-prices.csv"),
                    "MATNR,VKORG,VTWEG,DWERK,KBETR,KONWA,KPEIN,KMEIN\n" + GREASE + ",1000,10,1000,8.40,EUR,1,KG\n");
            return masterData;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The system, but its inquiry create BAPI has the items of an ECC: MATERIAL (18), no MATERIAL_LONG. */
    private static RfcServer withoutMaterialLong(RfcServer system) {
        String create = "BAPI_INQUIRY_CREATEFROMDATA2";
        return RecordedConnector.withFunction(system, create, FunctionInterface.named(create)
                .tables("INQUIRY_ITEMS_IN", Structure.named("BAPISDITM").numc("ITM_NUMBER", 6)
                        .chars("MATERIAL", 18).build(), true)
                .build());
    }
}
