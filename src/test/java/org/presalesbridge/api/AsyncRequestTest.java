package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.mocksap.server.CommittedDocument;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.FaultSettings.Failure;
import org.presalesbridge.mocksap.server.UserChange;

/**
 * Creates and changes sent with {@code Prefer: respond-async}, as a CRM meets them over HTTP: checked at once,
 * answered 202 with a status resource, delivered to the simulated SAP later, in order per document, once.
 */
class AsyncRequestTest {

    private static final String ASYNC = "respond-async";
    private static final String ADD_M15 = "{\"items\": [{\"material\": \"M-15\", \"quantity\": 1, \"unit\": \"PCE\"}]}";

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of(
            "async.retry-initial-backoff-millis", "50",
            "async.retry-max-backoff-millis", "300",
            "async.poll-millis", "50"));

    @Test
    void anAcceptedCreateIsAnswered202AndDeliveredToSap() {
        Answer accepted = adapter.post("/api/v1/quotations", Documents.quotation("CRM-ASYNC-1"), "Prefer", ASYNC);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.location()).startsWith("/api/v1/requests/");
        assertThat(accepted.headers().get("preference-applied")).containsExactly(ASYNC);
        assertThat(accepted.json().path("operation").asText()).isEqualTo("createQuotation");
        // its status as the answer leaves: pending, unless a delivery has taken it up in the meantime
        assertThat(accepted.json().path("state").asText()).isIn("pending", "delivering", "done");
        assertThat(accepted.json().path("attempts").isInt()).as("attempts is always there").isTrue();
        assertThat(accepted.json().path("links").path("self").asText()).isEqualTo(accepted.location());

        JsonNode done = adapter.awaitState(accepted.location(), "done");
        assertThat(done.path("documentNumber").asText()).isEqualTo("20000000");
        assertThat(done.path("links").path("document").asText()).isEqualTo("/api/v1/quotations/20000000");
        assertThat(done.path("attempts").asInt()).isEqualTo(1);
        assertThat(done.hasNonNull("deliveredAt")).isTrue();
        Answer document = adapter.get("/api/v1/quotations/20000000");
        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().path("externalId").asText()).isEqualTo("CRM-ASYNC-1");
    }

    @Test
    void anAcceptedChangeIsAppliedInSap() {
        String path = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-ASYNC-2")).location();

        Answer accepted = adapter.patch(path, "{\"customerReference\": \"later\"}", "Prefer", ASYNC);

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        JsonNode done = adapter.awaitState(accepted.location(), "done");
        assertThat(done.path("operation").asText()).isEqualTo("changeInquiry");
        assertThat(done.path("links").path("document").asText()).isEqualTo(path);
        assertThat(adapter.get(path).json().path("customerReference").asText()).isEqualTo("later");
    }

    @Test
    void sapsRejectionShowsOnTheStatusResourceWithSapsMessages() {
        Answer accepted = adapter.post("/api/v1/quotations",
                Documents.quotation("CRM-ASYNC-3").replace("\"M-02\"", "\"M-99\""), "Prefer", ASYNC);

        JsonNode rejected = adapter.awaitState(accepted.location(), "rejected");

        assertThat(rejected.path("problem").asText()).isEqualTo("urn:presales-bridge:problem:rejected-by-sap");
        assertThat(rejected.path("sapMessages")).isNotEmpty();
        assertThat(rejected.path("sapMessages").findValuesAsText("type")).contains("E");
        assertThat(rejected.path("sapMessages").get(0).hasNonNull("message")).isTrue();
        assertThat(rejected.has("documentNumber")).isFalse();
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isZero();
    }

    @Test
    void anInvalidRequestIsAnswered400AtOnceAndNothingIsStored() throws SQLException {
        Answer answer = adapter.post("/api/v1/quotations",
                Documents.quotation("CRM-ASYNC-4").replace("\"soldTo\": \"1000\"", "\"soldTo\": \"10000000000\""),
                "Prefer", ASYNC);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("violations").get(0).path("pointer").asText()).isEqualTo("/soldTo");
        assertThat(acceptedRequests()).isZero();
    }

    @Test
    void requestsWaitWhileSapIsDownAndReachItAfterwardsInOrderPerDocument() {
        String path = createdQuotation("CRM-ASYNC-5");
        adapter.sap().setFaults(FaultSettings.NONE.withSapDown(true));

        List<String> locations = List.of("M-11", "M-12", "M-13").stream().map(material -> adapter.patch(path,
                "{\"customerReference\": \"with " + material + "\", \"items\": [{\"material\": \"" + material
                        + "\", \"quantity\": 1, \"unit\": \"PCE\"}]}", "Prefer", ASYNC)).map(answer -> {
                            assertThat(answer.status()).as(answer.body()).isEqualTo(202);
                            return answer.location();
                        }).toList();
        JsonNode first = adapter.await(locations.get(0), status -> status.path("attempts").asInt() >= 2);
        assertThat(first.path("state").asText()).isIn("pending", "delivering");
        assertThat(first.path("lastError").asText()).isNotEmpty();
        assertThat(adapter.get(locations.get(2)).json().path("attempts").asInt()).as("waits behind the first")
                .isZero();

        adapter.sap().setFaults(FaultSettings.NONE);
        locations.forEach(location -> adapter.awaitState(location, "done"));

        JsonNode document = adapter.get(path).json();
        assertThat(document.path("customerReference").asText()).isEqualTo("with M-13");
        assertThat(document.path("items").findValuesAsText("material")).containsExactly("M-02", "M-11", "M-12",
                "M-13");
        assertThat(changesOf(path)).as("each change committed once").hasSize(3);
    }

    @Test
    void aChangeWhoseCommitAnswerWasLostIsFoundInSapsChangeDocumentsAndNotAppliedTwice() {
        String path = createdQuotation("CRM-ASYNC-6");
        adapter.sap().setFaults(FaultSettings.NONE.withCommitAnswerLost(
                new Failure("BAPI_TRANSACTION_COMMIT", 1, 1)));

        Answer accepted = adapter.patch(path, "{\"items\": [{\"material\": \"M-14\", \"quantity\": 1, "
                + "\"unit\": \"PCE\"}]}", "Prefer", ASYNC);
        JsonNode done = adapter.awaitState(accepted.location(), "done");

        assertThat(done.path("attempts").asInt()).isEqualTo(2);
        assertThat(done.path("changeDocuments")).hasSize(1);
        assertThat(materials(path)).containsExactly("M-02", "M-14");
        assertThat(changesOf(path)).as("applied once").hasSize(1);
    }

    @Test
    void aChangeOfADocumentOpenInSapWaitsUntilTheUserLeavesIt() {
        String path = createdQuotation("CRM-ASYNC-10");
        assertThat(adapter.sap().holdOpen("CLERK", "00" + number(path)).saved()).isTrue();

        Answer accepted = adapter.patch(path, "{\"customerReference\": \"after the clerk\"}", "Prefer", ASYNC);
        JsonNode waiting = adapter.await(accepted.location(), status -> status.path("attempts").asInt() >= 2);
        assertThat(waiting.path("state").asText()).isIn("pending", "delivering");
        assertThat(waiting.path("lastError").asText()).contains("042");

        adapter.sap().release("CLERK", "00" + number(path));
        adapter.awaitState(accepted.location(), "done");
        assertThat(adapter.get(path).json().path("customerReference").asText()).isEqualTo("after the clerk");
        assertThat(changesOf(path)).hasSize(1);
    }

    @Test
    void aChangeCutOffAfterSapAppliedItIsDoneWithoutBeingSentAgain() throws SQLException {
        String path = createdQuotation("CRM-ASYNC-11");
        // what the process that died had sent: SAP applied it, under the adapter's user, after the mark
        assertThat(adapter.patch(path, ADD_M15).status()).isEqualTo(200);

        JsonNode done = adapter.awaitState(leftDeliveringByAProcessThatDied(path, ADD_M15, "0000000000"), "done");

        assertThat(done.path("changeDocuments")).hasSize(1);
        assertThat(changesOf(path)).as("not sent again").hasSize(1);
        assertThat(materials(path)).containsExactly("M-02", "M-15");
    }

    @Test
    void aChangeCutOffBeforeSapAppliedItIsSentAgainThoughAClerkChangedTheDocument() throws SQLException {
        String path = createdQuotation("CRM-ASYNC-12");
        assertThat(adapter.sap().changeDocument("CLERK", "00" + number(path),
                UserChange.validTo(java.time.LocalDate.of(2030, 6, 30))).saved()).isTrue();

        adapter.awaitState(leftDeliveringByAProcessThatDied(path, ADD_M15, "0000000000"), "done");

        assertThat(changesOf(path)).as("the clerk's and the adapter's").hasSize(2);
        assertThat(materials(path)).containsExactly("M-02", "M-15");
    }

    @Test
    void aChangeCutOffWhileTheAdapterChangedTheDocumentTwiceIsLeftInDoubt() throws SQLException {
        String path = createdQuotation("CRM-ASYNC-13");
        assertThat(adapter.patch(path, ADD_M15).status()).isEqualTo(200);
        assertThat(adapter.patch(path, "{\"customerReference\": \"synchronous\"}").status()).isEqualTo(200);

        JsonNode inDoubt = adapter.awaitState(leftDeliveringByAProcessThatDied(path, ADD_M15, "0000000000"), "in-doubt");

        assertThat(inDoubt.path("problem").asText()).isEqualTo("urn:presales-bridge:problem:change-in-doubt");
        assertThat(inDoubt.path("changeDocuments")).hasSize(2);
        assertThat(changesOf(path)).as("not sent again").hasSize(2);
    }

    /**
     * A change accepted and being delivered by a process that died (its row as that process left it, with the
     * change number it recorded before sending); the status resource's path.
     */
    private static String leftDeliveringByAProcessThatDied(String path, String body, String changeMark)
            throws SQLException {
        String number = number(path);
        String requestId = java.util.UUID.randomUUID().toString();
        try (Connection connection = adapter.store().dataSource().getConnection();
             var insert = connection.prepareStatement("INSERT INTO accepted_request (request_id, client_id, "
                     + "operation, document_kind, document_ref, document_number, request_fingerprint, "
                     + "request_body, state, attempts, owner_instance, change_mark, accepted_at, next_attempt_at, "
                     + "delivering_since) VALUES (?, 'anonymous', 'changeQuotation', 'QUOTATION', ?, ?, 'f', ?, "
                     + "'DELIVERING', 1, 'a-process-that-died', ?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, "
                     + "CURRENT_TIMESTAMP)")) {
            insert.setString(1, requestId);
            insert.setString(2, "change " + number);
            insert.setString(3, number);
            insert.setString(4, body);
            insert.setString(5, changeMark);
            insert.executeUpdate();
        }
        return "/api/v1/requests/" + requestId;
    }

    @Test
    void aChangeOfADocumentSapDoesNotHaveFails() {
        Answer accepted = adapter.patch("/api/v1/quotations/29999999", "{\"customerReference\": \"none\"}",
                "Prefer", ASYNC);

        JsonNode failed = adapter.awaitState(accepted.location(), "failed");

        assertThat(failed.path("problem").asText()).isEqualTo("urn:presales-bridge:problem:not-found");
    }

    @Test
    void aChangeThatDoesNotFitTheValidityInSapFailsWithoutBeingSent() {
        String path = createdQuotation("CRM-ASYNC-VALID");

        Answer accepted = adapter.patch(path, "{\"validTo\": \"2029-12-31\"}", "Prefer", ASYNC);

        JsonNode failed = adapter.awaitState(accepted.location(), "failed");
        assertThat(failed.path("problem").asText()).isEqualTo("urn:presales-bridge:problem:invalid-request");
        assertThat(failed.path("detail").asText()).contains("2029-12-31", "2030-01-01");
        assertThat(changesOf(path)).isEmpty();
        assertThat(adapter.sap().calls()).noneMatch(c -> c.function().equals("BAPI_CUSTOMERQUOTATION_CHANGE"));
    }

    @Test
    void aSecondCreateOfTheSameExternalIdIsNotStoredTwice() throws SQLException {
        adapter.sap().setFaults(FaultSettings.NONE.withSapDown(true));
        String body = Documents.quotation("CRM-ASYNC-7");

        Answer first = adapter.post("/api/v1/quotations", body, "Prefer", ASYNC);
        Answer again = adapter.post("/api/v1/quotations", body, "Prefer", ASYNC);
        Answer other = adapter.post("/api/v1/quotations", body.replace("\"quantity\": 3", "\"quantity\": 4"),
                "Prefer", ASYNC);

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.location()).isEqualTo(first.location());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().path("type").asText()).isEqualTo("urn:presales-bridge:problem:external-id-accepted");
        assertThat(other.json().path("document").asText()).isEqualTo(first.location());
        assertThat(acceptedRequests()).isEqualTo(1);
        adapter.sap().setFaults(FaultSettings.NONE);
        adapter.awaitState(first.location(), "done");
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void anIdempotencyKeyReplaysThe202() throws SQLException {
        String body = Documents.quotation("CRM-ASYNC-8");

        Answer first = adapter.post("/api/v1/quotations", body, "Prefer", ASYNC, "Idempotency-Key", "async-8");
        Answer replay = adapter.post("/api/v1/quotations", body, "Prefer", ASYNC, "Idempotency-Key", "async-8");

        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.replayed()).isTrue();
        assertThat(replay.location()).isEqualTo(first.location());
        assertThat(acceptedRequests()).isEqualTo(1);
        adapter.awaitState(first.location(), "done");
    }

    @Test
    void anUnknownRequestIsA404ProblemAndRequestsBelongToTheirClient() {
        Answer unknown = adapter.get("/api/v1/requests/no-such-request");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).isEqualTo("application/problem+json");
        assertThat(unknown.json().path("type").asText()).isEqualTo("urn:presales-bridge:problem:no-such-request");

        Answer accepted = adapter.post("/api/v1/quotations", Documents.quotation("CRM-ASYNC-9"), "Prefer", ASYNC,
                "X-Client-Id", "crm-a");
        assertThat(adapter.send(java.net.http.HttpRequest.newBuilder(adapter.uri(accepted.location()))
                .header("X-Client-Id", "crm-b").GET().build()).status()).isEqualTo(404);
        assertThat(adapter.send(java.net.http.HttpRequest.newBuilder(adapter.uri(accepted.location()))
                .header("X-Client-Id", "crm-a").GET().build()).status()).isEqualTo(200);
    }

    /** The materials of the document's items, in item order, as the CRM reads them. */
    private static List<String> materials(String path) {
        return adapter.get(path).json().path("items").findValuesAsText("material");
    }

    /** The SAP number at the end of a document's path. */
    private static String number(String path) {
        return path.replaceAll(".*/", "");
    }

    /** The changes of the document committed in SAP (mock-sap's ledger). */
    private static List<CommittedDocument> changesOf(String path) {
        return adapter.sap().committedDocuments().stream()
                .filter(committed -> committed.documentNumber().endsWith(number(path)) && !committed.created())
                .toList();
    }

    /** A quotation created synchronously; its path. */
    private static String createdQuotation(String externalId) {
        Answer created = adapter.post("/api/v1/quotations", Documents.quotation(externalId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.location();
    }

    private static long acceptedRequests() throws SQLException {
        try (Connection connection = adapter.store().dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery("SELECT COUNT(*) FROM accepted_request")) {
            row.next();
            return row.getLong(1);
        }
    }
}
