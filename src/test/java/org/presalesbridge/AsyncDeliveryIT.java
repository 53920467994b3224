package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.server.CommittedDocument;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.standalone.HttpMockSapAdmin;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;
import org.presalesbridge.store.Databases;

/**
 * Requests accepted with {@code Prefer: respond-async} survive a SIGKILL of the built adapter in the middle of their
 * delivery: the restarted process (same embedded store), or the other adapter on the same PostgreSQL after the
 * lease, delivers every one, and mock-sap's ledger shows each create once and each change once, the changes of one
 * quotation in the order they were accepted. SIGTERM lets the deliveries in flight finish.
 */
class AsyncDeliveryIT {

    private static final int CREATES = 24;
    private static final int CHANGES_PER_QUOTATION = 6;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final StandaloneProcess sap = StandaloneProcess.start(StandaloneProcess.Data.NONE, Map.of(), List.of());
    private final HttpMockSapAdmin admin = sap.admin();
    private AdapterProcess adapter;
    private AdapterProcess other;

    @AfterEach
    void stop() throws InterruptedException {
        try {
            if (adapter != null) {
                adapter.kill();
            }
            if (other != null) {
                other.kill();
            }
        } finally {
            sap.close();
        }
    }

    @Test
    void everyAcceptedRequestReachesSapExactlyOnceAcrossAKill() throws Exception {
        Map<String, String> environment = AdapterProcess.talkingTo(sap, "STORE_DATA_DIR", newStore(),
                "ASYNC_RETRY_INITIAL_BACKOFF_MILLIS", "100", "ASYNC_RETRY_MAX_BACKOFF_MILLIS", "1000");
        adapter = AdapterProcess.start(environment);
        List<String> quotations = List.of(created("CRM-IT-Q1"), created("CRM-IT-Q2"));

        // every SAP call now takes 40-80 ms: deliveries are on their way to SAP when the adapter is killed
        admin.setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(40), Duration.ofMillis(80)));
        List<String> statuses = acceptCreatesAndChanges(quotations, i -> adapter);
        awaitCreatedInSap(4);
        adapter.kill();

        adapter = AdapterProcess.start(adapter.port(), environment);
        assertEachDeliveredOnceInOrder(statuses, quotations);
    }

    @Test
    void ofTwoAdaptersOnOnePostgresqlTheSurvivorTakesOverAfterTheLease() throws Exception {
        Map<String, String> environment = AdapterProcess.talkingTo(sap, "STORE_URL", Databases.newPostgresDatabase(),
                "STORE_USER", "postgres", "STORE_LEASE_SECONDS", "3",
                "ASYNC_RETRY_INITIAL_BACKOFF_MILLIS", "100", "ASYNC_RETRY_MAX_BACKOFF_MILLIS", "1000");
        adapter = AdapterProcess.start(environment);
        other = AdapterProcess.start(environment);
        List<String> quotations = List.of(created("CRM-IT-Q1"), created("CRM-IT-Q2"));

        admin.setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(40), Duration.ofMillis(80)));
        List<String> statuses = acceptCreatesAndChanges(quotations, i -> i % 2 == 0 ? adapter : other);
        awaitCreatedInSap(4);
        other.kill();

        assertEachDeliveredOnceInOrder(statuses, quotations);
    }

    @Test
    void sigtermLetsTheDeliveriesInFlightFinishAndLeavesTheRestToTheNextProcess() throws Exception {
        Map<String, String> environment = AdapterProcess.talkingTo(sap, "STORE_DATA_DIR", newStore());
        adapter = AdapterProcess.start(environment);
        // every SAP call takes 300 ms: four deliveries are in SAP when the operator stops the adapter
        admin.setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(300), Duration.ofMillis(300)));
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            statuses.add(accepted("POST", "/api/v1/quotations", Documents.quotation("CRM-TERM-" + i)));
        }
        awaitCalls("BAPI_QUOTATION_CREATEFROMDATA2", 2);

        adapter.process().toHandle().destroy(); // SIGTERM
        assertThat(adapter.process().waitFor(60, TimeUnit.SECONDS)).as("ended within the shutdown timeout").isTrue();
        String firstLog = adapter.log();
        long createdBeforeRestart = admin.ledgerCounts().documentsCreated();
        adapter = AdapterProcess.start(adapter.port(), environment);
        for (String status : statuses) {
            assertThat(awaitFinal(status).path("state").asText()).isEqualTo("done");
        }

        assertThat(createdBeforeRestart).as("some delivered before the stop, some after").isBetween(1L, 11L);
        assertThat(admin.ledgerCounts().documentsCreated()).isEqualTo(12);
        assertThat(firstLog).doesNotContain("Exception").doesNotContain("still running at the shutdown timeout");
        assertThat(adapter.log()).as("nothing was left half-delivered").doesNotContain("was cut off");
    }

    private void awaitCalls(String function, int calls) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (admin.calls().stream().filter(call -> call.function().equals(function)).count() >= calls) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(function + " never reached SAP");
    }

    /**
     * Creates, each accepted at the adapter {@code at} gives for its index, and after every fourth a change of each
     * quotation adding the next material (M-20, M-21, …); the status resources, in the order accepted.
     */
    private List<String> acceptCreatesAndChanges(List<String> quotations, IntFunction<AdapterProcess> at)
            throws Exception {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < CREATES; i++) {
            statuses.add(accepted(at.apply(i), "POST", "/api/v1/quotations", Documents.quotation("CRM-IT-" + i)));
            if (i % 4 == 0) {
                int change = i / 4;
                for (String quotation : quotations) {
                    statuses.add(accepted(at.apply(i + 1), "PATCH", quotation, "{\"items\": [{\"material\": \"M-"
                            + (20 + change) + "\", \"quantity\": 1, \"unit\": \"PCE\"}]}"));
                }
            }
        }
        return statuses;
    }

    /** Every request done; mock-sap's ledger has each create once, each change once, in acceptance order. */
    private void assertEachDeliveredOnceInOrder(List<String> statuses, List<String> quotations) throws Exception {
        for (String status : statuses) {
            JsonNode done = awaitFinal(status);
            assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("done");
        }
        List<CommittedDocument> ledger = admin.committedDocuments();
        Map<String, Long> creates = ledger.stream().filter(CommittedDocument::created)
                .collect(Collectors.groupingBy(document -> document.purchaseOrderNumber().strip(),
                        Collectors.counting()));
        for (int i = 0; i < CREATES; i++) {
            assertThat(creates.get("CRM-IT-" + i)).as("CRM-IT-" + i + " created once").isEqualTo(1);
        }
        for (String quotation : quotations) {
            String number = quotation.replaceAll(".*/", "");
            assertThat(ledger.stream().filter(document -> !document.created()
                    && document.documentNumber().endsWith(number))).as(number + " changed once per request")
                    .hasSize(CHANGES_PER_QUOTATION);
            List<String> materials = new ArrayList<>();
            get(quotation).path("items").forEach(item -> materials.add(item.path("material").asText()));
            assertThat(materials).as("the changes in acceptance order")
                    .containsExactly("M-02", "M-20", "M-21", "M-22", "M-23", "M-24", "M-25");
        }
    }

    private String created(String externalId) throws Exception {
        HttpResponse<String> answer = send(adapter, "POST", "/api/v1/quotations", Documents.quotation(externalId),
                "return=minimal");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private String accepted(String method, String path, String body) throws Exception {
        return accepted(adapter, method, path, body);
    }

    private String accepted(AdapterProcess at, String method, String path, String body) throws Exception {
        HttpResponse<String> answer = send(at, method, path, body, "respond-async");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private HttpResponse<String> send(AdapterProcess at, String method, String path, String body, String prefer)
            throws Exception {
        return http.send(HttpRequest.newBuilder(at.uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Prefer", prefer)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(adapter.uri(path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    /** The request's status once final; fails after 120 s. */
    private JsonNode awaitFinal(String status) throws Exception {
        JsonNode seen = null;
        for (int attempt = 0; attempt < 1_200; attempt++) {
            seen = get(status);
            if (!List.of("pending", "delivering").contains(seen.path("state").asText())) {
                return seen;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not delivered: " + seen + "\n" + adapter.log());
    }

    /** The embedded store's folder, kept by the restarted process. */
    private static String newStore() throws IOException {
        return TempFiles.directory("presales-bridge-async-store-").toString();
    }

    private void awaitCreatedInSap(long documents) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            // the two quotations of the changes were created before
            if (admin.ledgerCounts().documentsCreated() >= 2 + documents) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no accepted create reached SAP");
    }
}
