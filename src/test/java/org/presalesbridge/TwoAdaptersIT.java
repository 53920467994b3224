package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.presalesbridge.mocksap.server.CommittedDocument;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.standalone.HttpMockSapAdmin;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;
import org.presalesbridge.store.Databases;

/**
 * Two adapter processes on one PostgreSQL and one SAP (mock-sap as a process of its own) receive the same create at
 * the same moment, as a CRM behind a load balancer that retries on another instance would send it: SAP gets exactly
 * one document, and both callers get that document.
 */
class TwoAdaptersIT {

    private static final int DOCUMENTS = 20;

    private final List<AutoCloseable> started = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable process : started) {
            process.close();
        }
    }

    @Test
    void theSameCreateAtBothInstancesAtOnceMakesOneSapDocumentThatBothCallersGet() throws Exception {
        StandaloneProcess sap = StandaloneProcess.start(StandaloneProcess.Data.NONE, Map.of(), List.of());
        started.add(sap);
        HttpMockSapAdmin admin = sap.admin();
        Map<String, String> environment = AdapterProcess.talkingTo(sap,
                "STORE_URL", Databases.newPostgresDatabase(),
                "STORE_USER", "postgres");
        AdapterProcess one = AdapterProcess.start(environment);
        started.add(one);
        AdapterProcess two = AdapterProcess.start(environment);
        started.add(two);
        // each SAP call takes a little while, so that the two requests overlap in SAP and not only at the door
        admin.setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(20), Duration.ofMillis(60)));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < DOCUMENTS; i++) {
            String body = Documents.quotation("CRM-TWICE-" + i);
            CompletableFuture<HttpResponse<String>> atOne = http.sendAsync(create(one, body),
                    HttpResponse.BodyHandlers.ofString());
            CompletableFuture<HttpResponse<String>> atTwo = http.sendAsync(create(two, body),
                    HttpResponse.BodyHandlers.ofString());

            HttpResponse<String> first = atOne.get();
            HttpResponse<String> second = atTwo.get();
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
            assertThat(second.statusCode()).as(second.body()).isEqualTo(201);
            assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(List.of(first, second)).as("exactly one of the two answers is the replay")
                    .filteredOn(answer -> answer.headers().firstValue("Idempotent-Replayed").isPresent())
                    .hasSize(1);
        }

        List<CommittedDocument> created = admin.committedDocuments().stream().filter(CommittedDocument::created)
                .toList();
        assertThat(created).hasSize(DOCUMENTS);
        assertThat(created).extracting(CommittedDocument::purchaseOrderNumber).doesNotHaveDuplicates();
    }

    private static HttpRequest create(AdapterProcess adapter, String body) {
        return HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
