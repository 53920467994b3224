package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.TempFiles;

/**
 * A team on S/4HANA sets {@code material.length=40} in its mapping file: the contract the adapter serves and checks
 * then allows material numbers of 40 characters, and refuses the 41st.
 */
class LongMaterialContractTest {

    private static final String FORTY = "M-" + "7".repeat(38);

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of("sap.mapping-file", mappingFile()));

    @Test
    void theServedContractAllowsTheMaterialLengthOfTheTeamsSap() {
        Answer contract = adapter.get("/api/v1/openapi.json");

        assertThat(contract.json().at("/components/schemas/Material/maxLength").asInt()).isEqualTo(40);
        assertThat(contract.json().at("/components/schemas/Material/description").asText()).contains("(MATNR, 40)");
    }

    @Test
    void aMaterialOfFortyCharactersGoesToSapAndOneOfFortyOneIsRefusedBeforeIt() {
        Answer forty = adapter.post("/api/v1/quotations", withMaterial("CRM-LONG-40", FORTY));
        int callsAfterForty = adapter.sap().calls().size();
        Answer fortyOne = adapter.post("/api/v1/quotations", withMaterial("CRM-LONG-41", FORTY + "7"));

        assertThat(forty.body()).doesNotContain("/items/0/material");
        assertThat(callsAfterForty).as("SAP was asked about the 40 characters").isPositive();
        assertThat(fortyOne.status()).isEqualTo(400);
        assertThat(fortyOne.json().path("violations").findValuesAsText("pointer")).containsExactly("/items/0/material");
        assertThat(fortyOne.json().path("violations").findValuesAsText("rule")).containsExactly("maxLength");
        assertThat(adapter.sap().calls()).hasSize(callsAfterForty);
    }

    private static String withMaterial(String externalId, String material) {
        return Documents.quotation(externalId).replace("\"M-02\"", "\"" + material + "\"");
    }

    private static String mappingFile() {
        try {
            Path file = TempFiles.file("presales-bridge-codes-", ".properties");
            Files.writeString(file, "material.length=40\n");
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
