package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.FaultSettings.Failure;

/**
 * SAP trouble as the CRM meets it: SAP's lock message retried with backoff until the lock goes, bounded; a broken
 * connection retried for reads and never for writes; business errors never retried; while SAP cannot be reached,
 * requests fail at once with 503 and Retry-After and readiness says DOWN, and traffic resumes by itself; a busy
 * pool answers 503 instead of queueing. Small limits here, so that each case shows in a few calls.
 */
class ResilienceTest {

    private static final String CHANGE = "BAPI_CUSTOMERQUOTATION_CHANGE";
    private static final String DETAIL = "BAPISDORDER_GETDETAILEDLIST";

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of(
            "sap.retry.max-attempts", "4",
            "sap.retry.initial-backoff-millis", "50",
            "sap.retry.max-backoff-millis", "200",
            "sap.circuit.failure-threshold", "3",
            "sap.circuit.open-millis", "1000",
            "sap.jco.destination.peak_limit", "2",
            "sap.bulkhead.max-wait-millis", "100"));

    @Test
    void aChangeMeetingALockIsSentAgainUntilTheLockIsGone() throws Exception {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-LOCK")).location();
        String number = sapNumber(path);
        assertThat(adapter.sap().holdOpen("CLERK", number).saved()).isTrue();

        CompletableFuture<Answer> change = CompletableFuture.supplyAsync(() ->
                adapter.patch(path, "{\"customerReference\": \"after the lock\"}"));
        awaitCall(CHANGE, CallRecord.Outcome.ERROR_MESSAGE);
        adapter.sap().release("CLERK", number);

        Answer answer = change.get();
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().path("customerReference").asText()).isEqualTo("after the lock");
        assertThat(calls(CHANGE)).isBetween(2L, 4L);
    }

    @Test
    void aLockThatStaysIsAnswered422AfterTheBoundedAttemptsAndSaysWhenToTryAgain() {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-LOCKED")).location();
        assertThat(adapter.sap().holdOpen("CLERK", sapNumber(path)).saved()).isTrue();

        Answer answer = adapter.patch(path, "{\"customerReference\": \"never\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("type").asText()).endsWith("document-locked");
        assertThat(answer.headers().get("retry-after")).containsExactly("5");
        assertThat(answer.json().path("sapMessages").get(0).path("number").asText()).isEqualTo("042");
        assertThat(calls(CHANGE)).isEqualTo(4);
    }

    @Test
    void aBusinessErrorIsNeverSentAgain() {
        Answer answer = adapter.post("/api/v1/quotations", Documents.quotation("CRM-BUSINESS")
                .replace("\"soldTo\": \"1000\"", "\"soldTo\": \"4711\""));

        assertThat(answer.status()).isEqualTo(422);
        assertThat(calls("BAPI_QUOTATION_CREATEFROMDATA2")).isEqualTo(1);
    }

    @Test
    void aReadWhoseConnectionBrokeIsSentAgain() {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-READ")).location();
        adapter.sap().setFaults(FaultSettings.NONE.withCommunicationFailure(new Failure(DETAIL, 1, 1)));
        long before = calls(DETAIL);

        Answer answer = adapter.get(path);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(calls(DETAIL) - before).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aCreateWhoseConnectionBrokeBeforeSapRanItIsNotSentAgainFromHere() {
        adapter.sap().setFaults(FaultSettings.NONE.withCommunicationFailure(
                new Failure("BAPI_QUOTATION_CREATEFROMDATA2", 1, 1)));

        Answer answer = adapter.post("/api/v1/quotations", Documents.quotation("CRM-WRITE"));

        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.headers().get("retry-after")).isNotEmpty();
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isZero();
        // the CRM sends it again: SAP is asked by the externalId first, then the one document is created
        Answer again = adapter.post("/api/v1/quotations", Documents.quotation("CRM-WRITE"));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void whileSapIsDownRequestsFailAtOnceReadinessSaysSoAndTrafficResumesByItself() throws Exception {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-DOWN")).location();
        adapter.sap().setFaults(FaultSettings.NONE.withSapDown(true));

        Answer first = adapter.get(path);
        Answer fast = adapter.get(path);
        Answer ready = adapter.get("/health/ready");

        assertThat(first.status()).isEqualTo(503);
        assertThat(fast.status()).isEqualTo(503);
        assertThat(fast.json().path("detail").asText()).contains("does not call it for a while");
        assertThat(fast.headers().get("retry-after")).isNotEmpty();
        assertThat(ready.status()).isEqualTo(503);
        assertThat(ready.json().path("status").asText()).isEqualTo("DOWN");

        adapter.sap().setFaults(FaultSettings.NONE);
        awaitReady();
        assertThat(adapter.get(path).status()).isEqualTo(200);
        assertThat(adapter.get("/health/ready").json().path("status").asText()).isEqualTo("UP");
    }

    /**
     * The first call after SAP's rest probes it: a change answered 404 (no such quotation) or 400 (its validity does
     * not fit the quotation in SAP) must leave the next call to probe, not the circuit open for good.
     */
    @ParameterizedTest(name = "the probe answered {0}")
    @ValueSource(ints = {404, 400})
    void trafficResumesAlsoWhenTheFirstCallAfterSapsRestChangesNothing(int probeStatus) throws Exception {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-PROBE")).location();
        adapter.sap().setFaults(FaultSettings.NONE.withSapDown(true));
        assertThat(adapter.get(path).status()).isEqualTo(503);
        adapter.sap().setFaults(FaultSettings.NONE);
        awaitReady();

        Answer probe = adapter.patch(probeStatus == 404 ? "/api/v1/quotations/29999999" : path,
                "{\"validTo\": \"2029-12-31\"}");

        assertThat(probe.status()).as(probe.body()).isEqualTo(probeStatus);
        Answer next = adapter.get(path);
        assertThat(next.status()).as(next.body()).isEqualTo(200);
    }

    @Test
    void whenEveryConnectionIsBusyARequestGets503InsteadOfQueueing() throws Exception {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-BUSY")).location();
        adapter.sap().setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(1500), Duration.ofMillis(1500)));
        CompletableFuture<Answer> one = CompletableFuture.supplyAsync(() -> adapter.get(path));
        CompletableFuture<Answer> two = CompletableFuture.supplyAsync(() -> adapter.get(path));
        Thread.sleep(500); // both are in SAP now (each call takes 1.5 s)

        Answer third = adapter.send(HttpRequest.newBuilder(adapter.uri(path)).GET().build());

        assertThat(third.status()).isEqualTo(503);
        assertThat(third.json().path("detail").asText()).contains("connections are busy");
        assertThat(third.headers().get("retry-after")).containsExactly("1");
        assertThat(one.get().status()).isEqualTo(200);
        assertThat(two.get().status()).isEqualTo(200);
    }

    /** The document's number as SAP keeps it (ALPHA, 10 digits), for mock-sap's user actions. */
    private static String sapNumber(String path) {
        return String.format("%010d", Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
    }

    private static long calls(String function) {
        return adapter.sap().calls().stream().filter(call -> call.function().equals(function)).count();
    }

    private static void awaitCall(String function, CallRecord.Outcome outcome) throws InterruptedException {
        for (int attempt = 0; attempt < 500; attempt++) {
            if (adapter.sap().calls().stream().anyMatch(c -> c.function().equals(function) && c.outcome() == outcome)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError(function + " never answered " + outcome);
    }

    private static void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < 500; attempt++) {
            if (adapter.get("/health/ready").status() == 200) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the adapter never became ready again");
    }
}
