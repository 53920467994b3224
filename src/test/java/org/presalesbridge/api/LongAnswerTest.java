package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.store.AcceptedRequests;
import org.presalesbridge.store.AuditTrail;
import org.presalesbridge.store.IdempotencyRecords;

/**
 * A team that raised api.max-items far enough that an answer no longer fits the store's column for replays
 * (1,000,000 characters): SAP saved the document, so its caller gets it, and the same request sent again with
 * its Idempotency-Key finds that document or that change in SAP instead of applying it twice. A request for later
 * larger than the store keeps is refused before SAP. SAP's thousands of messages for thousands of items are kept as
 * far as the store's columns go, and the write they answer neither fails nor repeats for them.
 */
class LongAnswerTest {

    private static final int ITEMS = 6_000;

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(
            Map.of("api.max-items", "20000", "api.max-body-size", "2000000"));

    @Test
    void aCreateWhoseAnswerIsTooLongToKeepIsAnsweredAndNotCreatedTwice() {
        String body = quotation("CRM-LONG", ITEMS);

        Answer first = adapter.post("/api/v1/quotations", body, "Idempotency-Key", "long-1");

        assertThat(first.status()).as(start(first)).isEqualTo(201);
        assertThat(first.body().length()).as("longer than the store keeps")
                .isGreaterThan(IdempotencyRecords.LONGEST_ANSWER);
        assertThat(first.json().path("items")).hasSize(ITEMS);

        Answer again = adapter.post("/api/v1/quotations", body, "Idempotency-Key", "long-1");

        assertThat(again.status()).as(start(again)).isEqualTo(201);
        assertThat(again.replayed()).isTrue();
        assertThat(again.json().path("documentNumber")).isEqualTo(first.json().path("documentNumber"));
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isEqualTo(1);
    }

    @Test
    void aChangeWhoseAnswerIsTooLongToKeepIsAnsweredAndNotAppliedTwice() {
        String path = adapter.post("/api/v1/quotations", quotation("CRM-LONG-CHANGE", ITEMS)).location();
        String addOne = "{\"items\": [{\"material\": \"M-05\", \"quantity\": 2, \"unit\": \"PCE\"}]}";

        Answer first = adapter.patch(path, addOne, "Idempotency-Key", "long-change-1");

        assertThat(first.status()).as(start(first)).isEqualTo(200);
        assertThat(first.body().length()).as("longer than the store keeps")
                .isGreaterThan(IdempotencyRecords.LONGEST_ANSWER);
        assertThat(first.json().path("items")).hasSize(ITEMS + 1);

        Answer again = adapter.patch(path, addOne, "Idempotency-Key", "long-change-1");

        assertThat(again.status()).as(start(again)).isEqualTo(200);
        assertThat(again.replayed()).isTrue();
        assertThat(again.json().path("items")).as("the item added once").hasSize(ITEMS + 1);
        assertThat(adapter.get(path).json().path("items")).hasSize(ITEMS + 1);
    }

    @Test
    void aRequestForLaterTooLongForTheStoreIsRefusedBeforeSap() {
        String body = quotation("CRM-LONG-LATER", 14_000);
        assertThat(body.length()).as("longer than the store keeps a request").isGreaterThan(1_000_000);

        Answer refused = adapter.post("/api/v1/quotations", body, "Prefer", "respond-async");

        assertThat(refused.status()).as(refused.body()).isEqualTo(503);
        assertThat(refused.json().path("type").asText()).endsWith("store-unavailable");
        assertThat(refused.json().path("detail").asText()).contains("did not send it to SAP");
        assertThat(adapter.sap().ledgerCounts().calls()).isZero();
    }

    @Test
    void aRejectionWithMoreMessagesThanTheAuditTrailKeepsIsAnsweredWithAllOfThem() throws SQLException {
        Answer rejected = adapter.post("/api/v1/quotations", unknownMaterials("CRM-MANY-ERRORS", 3_000));

        assertThat(rejected.status()).as(start(rejected)).isEqualTo(422);
        assertThat(rejected.json().path("sapMessages")).as("one an item, and V4 219 'not changed'").hasSize(3_001);
        assertThat(adapter.auditEvents()).containsExactly("create rejected");
        String kept = auditedSapMessages();
        assertThat(kept.length()).isLessThanOrEqualTo(AuditTrail.LONGEST_SAP_MESSAGES);
        assertThat(kept).startsWith("E M3 305 Material X-00000 does not exist")
                .endsWith(" more of SAP's 3001 messages not kept here");
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isZero();
    }

    @Test
    void aRequestForLaterRejectedWithMoreMessagesThanTheStoreKeepsEndsRejected() {
        Answer accepted = adapter.post("/api/v1/quotations", unknownMaterials("CRM-MANY-LATER", 9_000),
                "Prefer", "respond-async");
        assertThat(accepted.status()).as(start(accepted)).isEqualTo(202);

        JsonNode status = adapter.awaitState(accepted.location(), "rejected");

        assertThat(status.path("state").asText()).isEqualTo("rejected");
        assertThat(status.toString().length()).isLessThan(AcceptedRequests.LONGEST_OUTCOME + 2_000);
        int kept = status.path("sapMessages").size();
        assertThat(kept).isBetween(1_000, 8_999);
        assertThat(status.path("sapMessages").get(0).path("message").asText())
                .isEqualTo("Material X-00000 does not exist or is not activated");
        assertThat(status.path("detail").asText())
                .endsWith("Of SAP's 9001 messages the first " + kept + " are kept here.");
        assertThat(status.path("attempts").asInt()).as("delivered once, not again and again").isEqualTo(1);
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isZero();
    }

    /** The start of an answer, enough to say what went wrong. */
    private static String start(Answer answer) {
        return answer.body().substring(0, Math.min(500, answer.body().length()));
    }

    /** A quotation of as many items, each of a material SAP does not have (X-00000, X-00001, ...). */
    private static String unknownMaterials(String externalId, int items) {
        return quotation(externalId, items,
                i -> "{\"material\": \"X-%05d\", \"quantity\": 1, \"unit\": \"PCE\"}".formatted(i));
    }

    /** SAP's messages as the audit trail kept them for the only event. */
    private static String auditedSapMessages() throws SQLException {
        try (Connection connection = adapter.store().dataSource().getConnection();
             ResultSet row = connection.createStatement().executeQuery("SELECT sap_messages FROM audit_event")) {
            assertThat(row.next()).isTrue();
            return row.getString(1);
        }
    }

    /** A quotation of as many items, each with a text of 40 characters. */
    private static String quotation(String externalId, int items) {
        return quotation(externalId, items, i -> "{\"material\": \"M-02\", \"quantity\": 1, \"unit\": \"PCE\", "
                + "\"text\": \"Item text of forty characters, ca. 40 c.\"}");
    }

    private static String quotation(String externalId, int items, IntFunction<String> item) {
        String list = IntStream.range(0, items).mapToObj(item).collect(Collectors.joining(", "));
        return """
                {"externalId": "%s", %s, "soldTo": "1000", "validFrom": "2030-01-01", "validTo": "2030-03-31",
                 "items": [%s]}""".formatted(externalId, Documents.SALES_AREA, list);
    }
}
