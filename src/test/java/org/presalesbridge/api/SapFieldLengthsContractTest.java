package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.TempFiles;

/**
 * The lengths of SAP fields a team sets in its mapping file: on S/4HANA {@code material.length=40}, and on a system
 * whose customer purchase order number has 20 characters {@code external-id.length=20}. The contract the adapter
 * serves and checks then allows that many characters, and refuses one more before SAP is called.
 */
class SapFieldLengthsContractTest {

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

    @Test
    void theServedContractAllowsTheExternalIdLengthOfTheTeamsSap() {
        Answer contract = adapter.get("/api/v1/openapi.json");

        for (String create : new String[] {"InquiryCreate", "QuotationCreate"}) {
            JsonNode externalId = contract.json().at("/components/schemas/" + create + "/properties/externalId");
            assertThat(externalId.path("maxLength").asInt()).as(create).isEqualTo(20);
            assertThat(externalId.path("description").asText()).as(create).contains("VBAK-BSTNK, 20)");
        }
    }

    @Test
    void anExternalIdOfTwentyCharactersGoesToSapAndOneOfTwentyOneIsRefusedBeforeIt() {
        String twenty = "CRM-" + "2".repeat(16);
        Answer fits = adapter.post("/api/v1/inquiries", Documents.inquiry(twenty));
        int callsAfterTwenty = adapter.sap().calls().size();
        Answer tooLong = adapter.post("/api/v1/inquiries", Documents.inquiry(twenty + "1"));

        assertThat(fits.status()).as(fits.body()).isEqualTo(201);
        assertThat(fits.json().path("externalId").asText()).isEqualTo(twenty);
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().path("violations").findValuesAsText("pointer")).containsExactly("/externalId");
        assertThat(tooLong.json().path("violations").findValuesAsText("rule")).containsExactly("maxLength");
        assertThat(adapter.sap().calls()).hasSize(callsAfterTwenty);
    }

    private static String withMaterial(String externalId, String material) {
        return Documents.quotation(externalId).replace("\"M-02\"", "\"" + material + "\"");
    }

    private static String mappingFile() {
        try {
            Path file = TempFiles.file("presales-bridge-codes-", ".properties");
            Files.writeString(file, "material.length=40\nexternal-id.length=20\n");
            return file.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
