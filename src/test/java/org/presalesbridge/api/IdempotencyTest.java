package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.FaultSettings.Failure;
import org.presalesbridge.sap.ResilientSapConnector;
import org.presalesbridge.writes.ChangeMarks;

/**
 * One SAP document per CRM document, whatever the CRM sends twice: creates of one external id, the Idempotency-Key
 * header (replays of successes and of SAP's rejections, another body, a request still running, validation
 * failures not kept, a change applied once), and a create whose commit answer was lost on the way back.
 */
class IdempotencyTest {

    private static final String CREATE = "BAPI_QUOTATION_CREATEFROMDATA2";
    private static final String CHANGE = "BAPI_CUSTOMERQUOTATION_CHANGE";

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of("store.claim-wait-millis", "200"));

    @Test
    void theSameCreateSentTwiceAnswersTheOneDocumentFlaggedAsAReplay() {
        Answer first = adapter.post("/api/v1/quotations", Documents.quotation("CRM-TWICE"));
        Answer second = adapter.post("/api/v1/quotations", Documents.quotation("CRM-TWICE"));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.replayed()).isFalse();
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertThat(second.replayed()).isTrue();
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(second.json().path("documentNumber")).isEqualTo(first.json().path("documentNumber"));
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
        assertThat(calls(CREATE)).isEqualTo(1);
    }

    @Test
    void aMinimalAnswerIsReplayedTooAndTheDocumentCreatedOnce() {
        Answer first = adapter.post("/api/v1/quotations", Documents.quotation("CRM-MIN"), "Prefer", "return=minimal");
        Answer second = adapter.post("/api/v1/quotations", Documents.quotation("CRM-MIN"), "Prefer", "return=minimal");

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.replayed()).isTrue();
        assertThat(second.json().path("documentNumber")).isEqualTo(first.json().path("documentNumber"));
        assertThat(calls(CREATE)).isEqualTo(1);
        assertThat(calls("BAPISDORDER_GETDETAILEDLIST")).as("minimal: never displayed").isZero();
    }

    @Test
    void theSameContentInAnotherOrderAndSpacingIsTheSameCreate() {
        adapter.post("/api/v1/quotations", Documents.quotation("CRM-ORDER"));
        String reordered = """
                {"validTo": "2030-03-31", "validFrom": "2030-01-01",
                   "items": [{"unit": "PCE", "quantity": 3, "material": "M-02"}],
                   "soldTo": "1000", %s, "externalId": "CRM-ORDER"}""".formatted(Documents.SALES_AREA);

        Answer again = adapter.post("/api/v1/quotations", reordered);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void anotherCreateOfTheSameExternalIdIs409WithALinkToTheDocument() {
        Answer first = adapter.post("/api/v1/quotations", Documents.quotation("CRM-SAME-ID"));
        Answer other = adapter.post("/api/v1/quotations", Documents.quotation("CRM-SAME-ID")
                .replace("\"quantity\": 3", "\"quantity\": 4"));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.contentType()).isEqualTo("application/problem+json");
        assertThat(other.json().path("type").asText()).endsWith("external-id-taken");
        assertThat(other.json().path("document").asText()).isEqualTo(first.location());
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void anInquiryAndAQuotationMayShareAnExternalIdAndSapsWarningTravelsWithTheSuccess() {
        Answer inquiry = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-BOTH"));
        Answer quotation = adapter.post("/api/v1/quotations", Documents.quotation("CRM-BOTH"));

        assertThat(inquiry.status()).isEqualTo(201);
        assertThat(inquiry.json().path("messages")).isEmpty();
        assertThat(quotation.status()).isEqualTo(201);
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(2);
        // SAP's purchase order check: the customer has a document with this PURCH_NO_C already (a warning)
        JsonNode warning = quotation.json().path("messages").get(0);
        assertThat(warning.path("type").asText()).isEqualTo("W");
        assertThat(warning.path("id").asText()).isEqualTo("V4");
        assertThat(warning.path("number").asText()).isEqualTo("115");
        assertThat(warning.path("message").asText()).contains("CRM-BOTH")
                .contains(inquiry.json().path("documentNumber").asText());
    }

    @Test
    void anIdempotencyKeyReplaysTheAnswerOfTheFirstRequest() {
        Answer first = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-KEY"), "Idempotency-Key", "k-1");
        long callsForTheFirst = documentCalls();
        Answer second = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-KEY"), "Idempotency-Key", "k-1");

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.replayed()).isTrue();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.location()).isEqualTo(first.location());
        assertThat(calls("BAPI_INQUIRY_CREATEFROMDATA2")).isEqualTo(1);
        // the stored answer: the same create without the key would display the document in SAP again
        assertThat(documentCalls()).as("SAP calls for the second request").isEqualTo(callsForTheFirst);
    }

    /** SAP calls so far, without the readiness check's RFC_PING. */
    private static long documentCalls() {
        return adapter.sap().calls().stream().filter(call -> !call.function().equals("RFC_PING")).count();
    }

    @Test
    void anIdempotencyKeyReplaysSapsRejectionWithoutAskingSapAgain() {
        String unknownCustomer = Documents.quotation("CRM-REJECTED").replace("\"soldTo\": \"1000\"",
                "\"soldTo\": \"4711\"");
        Answer first = adapter.post("/api/v1/quotations", unknownCustomer, "Idempotency-Key", "k-rejected");
        Answer second = adapter.post("/api/v1/quotations", unknownCustomer, "Idempotency-Key", "k-rejected");

        assertThat(first.status()).isEqualTo(422);
        assertThat(second.status()).isEqualTo(422);
        assertThat(second.replayed()).isTrue();
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(calls(CREATE)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422() {
        adapter.post("/api/v1/quotations", Documents.quotation("CRM-K1"), "Idempotency-Key", "k-reused");
        Answer other = adapter.post("/api/v1/quotations", Documents.quotation("CRM-K2"), "Idempotency-Key", "k-reused");

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().path("type").asText()).endsWith("idempotency-key-reused");
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirApiClient() {
        Answer crmA = adapter.post("/api/v1/quotations", Documents.quotation("CRM-A1"),
                "Idempotency-Key", "k-shared", "X-Client-Id", "crm-a");
        Answer crmB = adapter.post("/api/v1/quotations", Documents.quotation("CRM-B1"),
                "Idempotency-Key", "k-shared", "X-Client-Id", "crm-b");

        assertThat(crmA.status()).isEqualTo(201);
        assertThat(crmB.status()).as(crmB.body()).isEqualTo(201);
        assertThat(crmB.replayed()).isFalse();
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(2);
    }

    @Test
    void theSameKeyWhileTheFirstRequestRunsIs409() throws Exception {
        adapter.sap().setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(500), Duration.ofMillis(500)));
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> adapter.post("/api/v1/quotations",
                Documents.quotation("CRM-RUNNING"), "Idempotency-Key", "k-running"));
        awaitIdempotencyRecord("k-running");

        Answer second = adapter.post("/api/v1/quotations", Documents.quotation("CRM-RUNNING"),
                "Idempotency-Key", "k-running");

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("type").asText()).endsWith("request-in-progress");
        assertThat(first.get().status()).isEqualTo(201);
        Answer third = adapter.post("/api/v1/quotations", Documents.quotation("CRM-RUNNING"),
                "Idempotency-Key", "k-running");
        assertThat(third.replayed()).isTrue();
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void aRequestThatFailedValidationIsNotKept() {
        Answer invalid = adapter.post("/api/v1/quotations", Documents.quotation("CRM-FIXED")
                .replace(", \"validTo\": \"2030-03-31\"", ""), "Idempotency-Key", "k-fixed");
        Answer fixed = adapter.post("/api/v1/quotations", Documents.quotation("CRM-FIXED"),
                "Idempotency-Key", "k-fixed");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fixed.status()).as(fixed.body()).isEqualTo(201);
        assertThat(fixed.replayed()).isFalse();
    }

    @Test
    void aChangeSentTwiceWithOneKeyIsAppliedOnce() {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-CHANGE")).location();
        String addItem = "{\"items\": [{\"material\": \"M-03\", \"quantity\": 1, \"unit\": \"PCE\"}]}";

        Answer first = adapter.patch(path, addItem, "Idempotency-Key", "k-change");
        Answer second = adapter.patch(path, addItem, "Idempotency-Key", "k-change");

        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.replayed()).isTrue();
        assertThat(adapter.get(path).json().path("items")).hasSize(2);
        assertThat(calls(CHANGE)).isEqualTo(1);
    }

    @Test
    void aChangeThatMetALockIsNotKeptSoItsKeyMayBeSentAgainAndItIsAppliedOnce() {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-LOCKED-KEY")).location();
        String number = "00" + path.substring(path.lastIndexOf('/') + 1);
        adapter.sap().holdOpen("CLERK", number);
        String addItem = "{\"items\": [{\"material\": \"M-03\", \"quantity\": 1, \"unit\": \"PCE\"}]}";

        Answer locked = adapter.patch(path, addItem, "Idempotency-Key", "k-locked");
        adapter.sap().release("CLERK", number);
        Answer again = adapter.patch(path, addItem, "Idempotency-Key", "k-locked");
        Answer replay = adapter.patch(path, addItem, "Idempotency-Key", "k-locked");

        assertThat(locked.status()).isEqualTo(422);
        assertThat(locked.json().path("type").asText()).endsWith("document-locked");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.replayed()).isFalse();
        assertThat(replay.replayed()).isTrue();
        assertThat(adapter.get(path).json().path("items")).hasSize(2);
    }

    @Test
    void aRequestInProgressAnswerIsNotKeptForTheKeyThatMetIt() throws Exception {
        adapter.sap().setFaults(FaultSettings.NONE.withLatency(Duration.ofMillis(500), Duration.ofMillis(500)));
        CompletableFuture<Answer> first = CompletableFuture.supplyAsync(() -> adapter.post("/api/v1/quotations",
                Documents.quotation("CRM-BUSY")));
        awaitClaim("CRM-BUSY");

        // the same create with a key of its own meets the first one still running (claim wait 200 ms here)
        Answer busy = adapter.post("/api/v1/quotations", Documents.quotation("CRM-BUSY"), "Idempotency-Key", "k-busy");
        assertThat(first.get().status()).isEqualTo(201);
        Answer later = adapter.post("/api/v1/quotations", Documents.quotation("CRM-BUSY"), "Idempotency-Key", "k-busy");

        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.json().path("type").asText()).endsWith("request-in-progress");
        assertThat(busy.headers().get("retry-after")).containsExactly("1");
        assertThat(later.status()).as(later.body()).isEqualTo(201);
        assertThat(later.json().path("documentNumber")).isEqualTo(first.get().json().path("documentNumber"));
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void aKeyedChangeCutOffAfterSapAppliedItIsNotAppliedAgain() throws SQLException {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-CUT-AFTER")).location();
        adapter.patch(path, ADD_ITEM, "Idempotency-Key", "k-cut-after");
        cutOff("k-cut-after", null);

        Answer again = adapter.patch(path, ADD_ITEM, "Idempotency-Key", "k-cut-after");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.replayed()).isTrue();
        assertThat(again.json().path("items")).hasSize(2);
        assertThat(calls(CHANGE)).as("SAP's change document says it was applied").isEqualTo(1);
        assertThat(adapter.patch(path, ADD_ITEM, "Idempotency-Key", "k-cut-after").replayed()).isTrue();
        assertThat(calls(CHANGE)).isEqualTo(1);
    }

    @Test
    void aKeyedChangeCutOffBeforeSapAppliedItIsSentAgainOnce() throws SQLException {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-CUT-BEFORE")).location();
        adapter.patch(path, ADD_ITEM, "Idempotency-Key", "k-cut-before");
        // as if the request had died after recording the mark, before SAP applied it: no change of the adapter after
        cutOff("k-cut-before", newestChangeNumber(path));

        Answer again = adapter.patch(path, ADD_ITEM, "Idempotency-Key", "k-cut-before");

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.replayed()).isFalse();
        assertThat(again.json().path("items")).hasSize(3);
        assertThat(calls(CHANGE)).isEqualTo(2);
    }

    @Test
    void aKeyedChangeCutOffWhenSapHasSeveralChangesOfTheAdapterSinceIs409InDoubtAndNotSent() throws SQLException {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-CUT-DOUBT")).location();
        adapter.patch(path, ADD_ITEM, "Idempotency-Key", "k-doubt-1");
        adapter.patch(path, "{\"customerReference\": \"second\"}", "Idempotency-Key", "k-doubt-2");
        cutOff("k-doubt-2", "0000000000");

        Answer again = adapter.patch(path, "{\"customerReference\": \"second\"}", "Idempotency-Key", "k-doubt-2");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("type").asText()).endsWith("change-in-doubt");
        assertThat(again.json().path("document").asText()).isEqualTo(path);
        assertThat(calls(CHANGE)).isEqualTo(2);
    }

    @Test
    void aKeyOfOneDocumentsChangeIsNotAnotherDocumentsChange() {
        String one = adapter.post("/api/v1/quotations", Documents.quotation("CRM-ONE")).location();
        String two = adapter.post("/api/v1/quotations", Documents.quotation("CRM-TWO")).location();
        String change = "{\"customerReference\": \"call back\"}";

        adapter.patch(one, change, "Idempotency-Key", "k-doc");
        Answer other = adapter.patch(two, change, "Idempotency-Key", "k-doc");

        assertThat(other.status()).isEqualTo(422);
        assertThat(calls(CHANGE)).isEqualTo(1);
    }

    @Test
    void aCreateWhoseCommitAnswerWasLostIsFoundInSapNotCreatedTwice() {
        adapter.sap().setFaults(FaultSettings.NONE.withCommitAnswerLost(
                new Failure("BAPI_TRANSACTION_COMMIT", 1, 1)));

        Answer answer = adapter.post("/api/v1/quotations", Documents.quotation("CRM-LOST"));
        Answer again = adapter.post("/api/v1/quotations", Documents.quotation("CRM-LOST"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().path("externalId").asText()).isEqualTo("CRM-LOST");
        assertThat(again.replayed()).isTrue();
        assertThat(again.location()).isEqualTo(answer.location());
        assertThat(adapter.sap().calls()).anySatisfy(call -> {
            assertThat(call.function()).isEqualTo("BAPI_TRANSACTION_COMMIT");
            assertThat(call.outcome()).isEqualTo(CallRecord.Outcome.ANSWER_LOST);
        });
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void whileSapCannotBeAskedTheCreateStaysInDoubtAndTheNextOneAsksSapFirst() {
        adapter.sap().setFaults(FaultSettings.NONE.withCommitAnswerLost(new Failure("BAPI_TRANSACTION_COMMIT", 1, 1))
                .withCommunicationFailure(new Failure("RFC_READ_TABLE", 1, 3)));

        Answer lost = adapter.post("/api/v1/quotations", Documents.quotation("CRM-DOUBT"));
        Answer retried = adapter.post("/api/v1/quotations", Documents.quotation("CRM-DOUBT"));

        assertThat(lost.status()).isEqualTo(503);
        assertThat(retried.status()).as(retried.body()).isEqualTo(201);
        assertThat(retried.replayed()).isTrue();
        assertThat(calls(CREATE)).isEqualTo(1);
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void aClaimLeftByAProcessThatDiedIsTakenOverAfterAskingSap() throws SQLException {
        try (Connection connection = adapter.store().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO document_key (document_kind, "
                     + "external_id, state, request_fingerprint, owner_instance, claimed_at) "
                     + "VALUES ('QUOTATION', 'CRM-ORPHAN', 'CLAIMED', 'x', 'a-process-that-died', CURRENT_TIMESTAMP)")) {
            insert.executeUpdate();
        }

        Answer answer = adapter.post("/api/v1/quotations", Documents.quotation("CRM-ORPHAN"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(adapter.sap().calls()).extracting(CallRecord::function).containsSubsequence("RFC_READ_TABLE", CREATE);
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void whenSapCannotBeAskedAboutAnOrphanedClaimTheNextRequestAsksAgain() throws SQLException {
        try (Connection connection = adapter.store().dataSource().getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO document_key (document_kind, "
                     + "external_id, state, request_fingerprint, owner_instance, claimed_at) "
                     + "VALUES ('QUOTATION', 'CRM-ORPHAN-2', 'IN_DOUBT', 'x', 'a-process-that-died', CURRENT_TIMESTAMP)")) {
            insert.executeUpdate();
        }
        adapter.sap().setFaults(FaultSettings.NONE.withCommunicationFailure(new Failure("RFC_READ_TABLE", 1, 3)));

        Answer unreachable = adapter.post("/api/v1/quotations", Documents.quotation("CRM-ORPHAN-2"));
        Answer retried = adapter.post("/api/v1/quotations", Documents.quotation("CRM-ORPHAN-2"));

        assertThat(unreachable.status()).isEqualTo(503);
        assertThat(retried.status()).as("not 409: the failed request let go of the claim").isEqualTo(201);
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void everyWriteIsInTheAuditTrail() throws SQLException {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-AUDIT"),
                "X-Client-Id", "crm-eu").location();
        adapter.patch(path, "{\"customerReference\": \"urgent\"}", "X-Client-Id", "crm-eu");

        try (Connection connection = adapter.store().dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT client_id, operation, outcome, "
                     + "document_number FROM audit_event ORDER BY event_id");
             ResultSet rows = select.executeQuery()) {
            String number = path.substring(path.lastIndexOf('/') + 1);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4))
                    .isEqualTo("crm-eu create saved " + number);
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3) + " " + rows.getString(4))
                    .isEqualTo("crm-eu change saved " + number);
        }
    }

    private static final String ADD_ITEM = "{\"items\": [{\"material\": \"M-03\", \"quantity\": 1, \"unit\": \"PCE\"}]}";

    /**
     * The key's request as a process leaves it that was killed while SAP worked on the change: in progress, its
     * owner gone; {@code changeMark} replaces the mark it recorded (null: keep it).
     */
    private static void cutOff(String key, String changeMark) throws SQLException {
        try (Connection connection = adapter.store().dataSource().getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE idempotency_record SET state = "
                     + "'IN_PROGRESS', owner_instance = 'a-process-that-died', response_status = NULL, "
                     + "response_body = NULL, change_mark = COALESCE(?, change_mark) WHERE idempotency_key = ?")) {
            update.setString(1, changeMark);
            update.setString(2, key);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    /** SAP's newest change number of the quotation at this path (CDHDR, as the adapter reads it). */
    private static String newestChangeNumber(String path) {
        String number = path.substring(path.lastIndexOf('/') + 1);
        return new ChangeMarks(adapter.bean(ResilientSapConnector.class)).newest(DocumentKind.QUOTATION, number);
    }

    private static long calls(String function) {
        return adapter.sap().calls().stream().filter(call -> call.function().equals(function)).count();
    }

    private static void awaitIdempotencyRecord(String key) throws Exception {
        awaitRow("SELECT COUNT(*) FROM idempotency_record WHERE idempotency_key = ?", key);
    }

    /** Until the first request has claimed the external id in the store. */
    private static void awaitClaim(String externalId) throws Exception {
        awaitRow("SELECT COUNT(*) FROM document_key WHERE external_id = ?", externalId);
    }

    private static void awaitRow(String countQuery, String value) throws Exception {
        for (int attempt = 0; attempt < 500; attempt++) {
            try (Connection connection = adapter.store().dataSource().getConnection();
                 PreparedStatement select = connection.prepareStatement(countQuery)) {
                select.setString(1, value);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    if (row.getInt(1) == 1) {
                        return;
                    }
                }
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the first request never started");
    }
}
