package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.standalone.HttpMockSapAdmin;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;

/**
 * An operator stops the adapter with SIGTERM while a CRM's create is half-way through SAP: the request finishes
 * (create and commit on one SAP session), its caller gets the document, and then the process ends. mock-sap runs
 * as a process of its own, as in production SAP is, so that what SAP saw is read from its ledger.
 */
class GracefulStopIT {

    private static final String CREATE = "BAPI_QUOTATION_CREATEFROMDATA2";
    private static final String COMMIT = "BAPI_TRANSACTION_COMMIT";
    /** A read answered 404 not-found: SAP has no committed document of that number (yet). */
    private static final String NOT_IN_SAP_YET = "404 not-found";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private StandaloneProcess sap;
    private AdapterProcess adapter;

    @AfterEach
    void stop() throws InterruptedException {
        if (adapter != null && adapter.process().isAlive()) {
            adapter.process().destroyForcibly().waitFor();
        }
        if (sap != null) {
            sap.close();
        }
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishItsSapSessionAndAnswer() throws Exception {
        sap = StandaloneProcess.start(StandaloneProcess.Data.NONE, Map.of(), List.of());
        HttpMockSapAdmin admin = sap.admin();
        adapter = AdapterProcess.start(AdapterProcess.talkingTo(sap));

        // every SAP call now takes a second: the create is still in SAP when the operator stops the adapter
        admin.setFaults(FaultSettings.NONE.withLatency(Duration.ofSeconds(1), Duration.ofSeconds(1)));
        int callsBefore = admin.calls().size();
        CompletableFuture<HttpResponse<String>> answer = http.sendAsync(HttpRequest.newBuilder(
                        adapter.uri("/api/v1/quotations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Documents.quotation("CRM-STOP"))).build(),
                HttpResponse.BodyHandlers.ofString());
        awaitCall(admin, callsBefore, CREATE);
        adapter.process().toHandle().destroy(); // SIGTERM, as an operator or an orchestrator sends it
        // until the JVM has run its shutdown hook the adapter serves as usual, and a read then rightly meets 404:
        // the create is not committed yet
        awaitStopping(adapter);

        // once it is stopping, a CRM reading the document meets the document, a 503, or a closed connection, never
        // a 404 of a server without its routes. The read route drains like the others, so until it has stopped
        // SAP's answer (not committed yet: not-found) is the truth; after the first 503, closed or refused: never
        List<String> readsWhileStopping = readsWhileStopping(adapter.uri("/api/v1/quotations/20000000"));
        assertThat(readsWhileStopping).as(readsWhileStopping.toString()).isNotEmpty()
                .allMatch(seen -> List.of("200", "503", "closed", "refused", NOT_IN_SAP_YET).contains(seen));
        int routesGone = indexOfFirst(readsWhileStopping, List.of("503", "closed", "refused"));
        List<String> afterTheRoutes = routesGone < 0 ? List.of()
                : readsWhileStopping.subList(routesGone, readsWhileStopping.size());
        assertThat(afterTheRoutes).as(readsWhileStopping.toString()).doesNotContain(NOT_IN_SAP_YET);

        HttpResponse<String> created = answer.get(60, TimeUnit.SECONDS);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(adapter.process().waitFor(60, TimeUnit.SECONDS)).as("the adapter ended after draining").isTrue();

        List<CallRecord> calls = admin.calls().subList(callsBefore, admin.calls().size());
        CallRecord create = calls.stream().filter(call -> call.function().equals(CREATE)).findFirst().orElseThrow();
        CallRecord commit = calls.stream().filter(call -> call.function().equals(COMMIT)).findFirst().orElseThrow();
        assertThat(commit.sessionId()).as("commit on the create's session").isEqualTo(create.sessionId());
        assertThat(commit.outcome()).isEqualTo(CallRecord.Outcome.OK);
        String number = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        assertThat(admin.committedDocuments()).anySatisfy(document ->
                assertThat(document.documentNumber()).endsWith(number));
        assertThat(adapter.log()).doesNotContain("Exception");
    }

    @Test
    void aStopWhileNewConnectionsKeepArrivingLeavesNoStackTraceInTheLog() throws Exception {
        adapter = AdapterProcess.start(Map.of());
        // four clients opening a new connection for every request, until the process has ended: some of them
        // arrive in the last instant of the HTTP server
        List<CompletableFuture<Integer>> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(CompletableFuture.supplyAsync(this::connectUntilTheAdapterEnds));
        }
        Thread.sleep(500);

        adapter.process().destroy();

        assertThat(adapter.process().waitFor(60, TimeUnit.SECONDS)).as("the adapter ended").isTrue();
        int connections = 0;
        for (CompletableFuture<Integer> client : clients) {
            connections += client.get(60, TimeUnit.SECONDS);
        }
        assertThat(connections).isPositive();
        assertThat(adapter.log()).contains("shutdown").doesNotContain("Exception").doesNotContain("\tat ");
    }

    /** New connections to the adapter's liveness, one request each, while its process runs; how many. */
    private int connectUntilTheAdapterEnds() {
        int connections = 0;
        while (adapter.process().isAlive()) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", adapter.port()), 1_000);
                socket.setSoTimeout(1_000);
                socket.getOutputStream().write(("GET /health/live HTTP/1.1\r\nHost: localhost\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                socket.getInputStream().readAllBytes();
                connections++;
            } catch (IOException refusedOrClosed) {
                // the server is closing or closed: try again until the process has ended
            }
        }
        return connections;
    }

    /** Reads the document every 50 ms until the adapter's port is closed: what the CRM met each time. */
    private List<String> readsWhileStopping(URI document) throws InterruptedException {
        List<String> seen = new ArrayList<>();
        while (seen.size() < 1_200 && !seen.contains("refused")) {
            try {
                HttpResponse<String> read = http.send(HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(5))
                        .build(), HttpResponse.BodyHandlers.ofString());
                seen.add(read.statusCode() == 404 && read.body().contains(":problem:not-found\"") ? NOT_IN_SAP_YET
                        : String.valueOf(read.statusCode()));
            } catch (ConnectException closed) {
                seen.add("refused");
            } catch (IOException closing) {
                seen.add("closed"); // the server closes its connections (reset, or no answer before it ended)
            }
            Thread.sleep(50);
        }
        return seen;
    }

    /** Where the first of {@code any} is in {@code seen}; -1 when none is. */
    private static int indexOfFirst(List<String> seen, List<String> any) {
        for (int i = 0; i < seen.size(); i++) {
            if (any.contains(seen.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static void awaitStopping(AdapterProcess adapter) throws Exception {
        for (int attempt = 0; attempt < 600 && adapter.process().isAlive(); attempt++) {
            if (adapter.log().contains("is shutting down")) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the adapter never said it was stopping:\n" + adapter.log());
    }

    private static void awaitCall(HttpMockSapAdmin admin, int callsBefore, String function) throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            List<CallRecord> calls = admin.calls();
            if (calls.subList(Math.min(callsBefore, calls.size()), calls.size()).stream()
                    .anyMatch(call -> call.function().equals(function))) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(function + " never reached SAP");
    }
}
