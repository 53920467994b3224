package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;

/**
 * An installation with the wrong SAP password: SAP refuses every logon. The CRM gets a 503 that says so, and
 * neither the password the adapter sent nor the right one appears in an answer or in the log, not even with the
 * SAP connector's log at debug, where JCo's failures are written out in full.
 */
class SapLogonIT {

    private static final String RIGHT_PASSWORD = "Corr3ct-Horse-9";
    private static final String WRONG_PASSWORD = "Wr0ng-Battery-7";

    private final HttpClient http = HttpClient.newHttpClient();
    private StandaloneProcess sap;
    private AdapterProcess adapter;

    @AfterEach
    void stop() throws InterruptedException {
        if (adapter != null) {
            adapter.close();
        }
        if (sap != null) {
            sap.close();
        }
    }

    @Test
    void aRefusedLogonAnswers503AndThePasswordIsNeitherInTheAnswerNorInTheLog() throws Exception {
        sap = StandaloneProcess.start(StandaloneProcess.Data.NONE, Map.of("PRESALES", RIGHT_PASSWORD), List.of());
        adapter = AdapterProcess.start(AdapterProcess.talkingTo(sap,
                "SAP_JCO_CLIENT_USER", "PRESALES",
                "SAP_JCO_CLIENT_PASSWD", WRONG_PASSWORD,
                "JAVA_TOOL_OPTIONS", "-Dorg.slf4j.simpleLogger.log.org.presalesbridge.sap=debug"));

        HttpResponse<String> create = http.send(HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Documents.quotation("CRM-LOGON"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> display = http.send(HttpRequest.newBuilder(adapter.uri("/api/v1/quotations/20000000"))
                .build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> answer : List.of(create, display)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            JsonNode problem = new ObjectMapper().readTree(answer.body());
            assertThat(problem.path("detail").asText()).contains("logon");
            assertThat(answer.body()).doesNotContain(WRONG_PASSWORD, RIGHT_PASSWORD);
        }
        assertThat(sap.admin().ledgerCounts().documentsCreated()).isZero();

        String log = adapter.log();
        assertThat(log).as("the JCo failure is in the log in detail").contains("JCo failure");
        assertThat(log).doesNotContain(WRONG_PASSWORD, RIGHT_PASSWORD).contains("sap.jco.client.passwd = xxxxxx");
        assertThat(health(adapter.uri("/health/ready"))).isEqualTo(503);
    }

    private int health(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
