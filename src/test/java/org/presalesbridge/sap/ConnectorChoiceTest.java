package org.presalesbridge.sap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import io.vertx.core.VertxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;

/**
 * The setting {@code sap.connector} chooses the connector: with a connector of another kind (a test's own, found as
 * the JCo one is) the same routes, answers and resilience run on it, and its pool sizes the adapter's threads.
 */
class ConnectorChoiceTest {

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of("sap.connector", "canned",
            "sap.canned.connections", "3"));

    @Test
    void theRoutesRunOnTheConnectorTheSettingChooses() {
        Answer display = adapter.get("/api/v1/quotations/00" + CannedConnectorKind.NUMBER);

        assertThat(display.status()).as(display.toString()).isEqualTo(200);
        assertThat(display.json().path("documentNumber").asText()).isEqualTo(CannedConnectorKind.NUMBER);
        assertThat(display.json().path("externalId").asText()).isEqualTo("CANNED-1");
        assertThat(display.json().path("items").get(0).path("material").asText()).isEqualTo("M-01");
        assertThat(adapter.get("/api/v1/quotations/20000043").status()).isEqualTo(404);
        assertThat(adapter.sap().calls()).as("the simulated SAP behind JCo is never called").isEmpty();
    }

    @Test
    void itsFailuresGetTheAdaptersAnswersAndItsPoolSizesTheThreads() {
        Answer create = adapter.post("/api/v1/quotations", Documents.quotation("CRM-CANNED"));

        assertThat(create.status()).as(create.toString()).isEqualTo(503);
        assertThat(create.contentType()).startsWith("application/problem+json");
        assertThat(create.json().path("detail").asText()).contains("only displays");
        assertThat(adapter.bean(ResilientSapConnector.class).connections()).isEqualTo(3);
        assertThat(adapter.bean(VertxOptions.class).getWorkerPoolSize()).isEqualTo(2 * 3 + 20);
    }

    @Test
    void aNameNoKindHasIsRefusedWithTheKindsThereAre() {
        assertThatThrownBy(() -> SapConnectorKind.named("odata"))
                .hasMessage("sap.connector=odata is not known; this adapter has: canned, jco");
    }
}
