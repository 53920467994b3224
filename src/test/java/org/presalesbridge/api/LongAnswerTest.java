package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.store.IdempotencyRecords;

/**
 * A team that raised api.max-items far enough that an answer no longer fits the store's column for replays
 * (1,000,000 characters): SAP saved the document, so its caller gets it, and the same request sent again with
 * its Idempotency-Key finds that document or that change in SAP instead of applying it twice. A request for later
 * larger than the store keeps is refused before SAP.
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

    /** The start of an answer, enough to say what went wrong. */
    private static String start(Answer answer) {
        return answer.body().substring(0, Math.min(500, answer.body().length()));
    }

    /** A quotation of as many items, each with a text of 40 characters. */
    private static String quotation(String externalId, int items) {
        String list = IntStream.range(0, items)
                .mapToObj(i -> "{\"material\": \"M-02\", \"quantity\": 1, \"unit\": \"PCE\", "
                        + "\"text\": \"Item text of forty characters, ca. 40 c.\"}")
                .collect(Collectors.joining(", "));
        return """
                {"externalId": "%s", %s, "soldTo": "1000", "validFrom": "2030-01-01", "validTo": "2030-03-31",
                 "items": [%s]}""".formatted(externalId, Documents.SALES_AREA, list);
    }
}
