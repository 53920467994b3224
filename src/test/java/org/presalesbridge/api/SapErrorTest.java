package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.SapCalls;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.FaultSettings.ErrorFault;
import org.presalesbridge.mocksap.server.FaultSettings.ErrorMode;

/**
 * SAP's answers and failures as the CRM sees them: 422 with SAP's messages (E and A, rolled back, nothing left
 * behind), 404, 503 when SAP cannot be reached, 504 when it is too slow, 502 for a dump; never a stack trace.
 * The call timeout is one second here, so that a slow SAP shows quickly. A password is set, and no answer may
 * show it (a refused logon: {@code SapLogonIT}).
 */
class SapErrorTest {

    private static final String PASSWORD = "Pa55-in-no-answer";

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(Map.of("sap.call-timeout-millis", "1000",
            "sap.jco.client.passwd", PASSWORD));

    @Test
    void answers422WithSapsMessagesAndRollsBack() {
        Answer answer = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-E").replace("\"1000\", \"customerRef",
                "\"2000\", \"customerRef"));

        assertProblem(answer, 422);
        JsonNode message = answer.json().path("sapMessages").get(0);
        assertThat(message.path("type").asText()).isEqualTo("E");
        assertThat(message.path("id").asText()).isEqualTo("VS");
        assertThat(message.path("number").asText()).isEqualTo("406");
        assertThat(message.path("message").asText()).contains("2000");
        SapCalls.assertRolledBackOnTheSessionOf(adapter.sap(), "BAPI_INQUIRY_CREATEFROMDATA2");
        assertThat(adapter.sap().calls()).noneSatisfy(c -> assertThat(c.function()).isEqualTo("BAPI_TRANSACTION_COMMIT"));
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isZero();
    }

    @Test
    void sapsMessagesNameTheFieldTheyAreAbout() {
        Answer answer = adapter.post("/api/v1/quotations", Documents.quotation("CRM-M99").replace("\"M-02\"",
                "\"M-99\""));

        assertProblem(answer, 422);
        assertThat(answer.json().path("sapMessages")).anySatisfy(message -> {
            assertThat(message.path("type").asText()).isEqualTo("E");
            assertThat(message.path("field").asText()).isEqualTo("MATERIAL");
            assertThat(message.path("message").asText()).contains("M-99");
        });
        assertThat(adapter.sap().committedDocuments()).isEmpty();
    }

    @Test
    void treatsAnAbortMessageAsAFailure() {
        adapter.sap().setFaults(FaultSettings.NONE.withError("BAPI_QUOTATION_CREATEFROMDATA2",
                new ErrorFault(1, ErrorMode.ABORT_MESSAGE, 0)));

        Answer answer = adapter.post("/api/v1/quotations", Documents.quotation("CRM-A"));

        assertProblem(answer, 422);
        assertThat(answer.json().path("sapMessages").findValuesAsText("type")).contains("A");
        SapCalls.assertRolledBackOnTheSessionOf(adapter.sap(), "BAPI_QUOTATION_CREATEFROMDATA2");
        assertThat(adapter.sap().committedDocuments()).isEmpty();
    }

    @Test
    void changeRefusedBySapLeavesTheDocumentAsItWas() {
        String number = adapter.post("/api/v1/quotations", Documents.quotation("CRM-C")).json()
                .path("documentNumber").asText();
        String before = adapter.get("/api/v1/quotations/" + number).body();

        Answer answer = adapter.patch("/api/v1/quotations/" + number,
                "{\"customerReference\": \"new\", \"items\": [{\"itemNumber\": 10, \"reasonForRejection\": \"99\"}]}");

        assertProblem(answer, 422);
        assertThat(adapter.get("/api/v1/quotations/" + number).body()).isEqualTo(before);
    }

    @Test
    void changeOfALockedQuotationAnswers422WithTheLockMessage() {
        String number = adapter.post("/api/v1/quotations", Documents.quotation("CRM-L")).json()
                .path("documentNumber").asText();
        adapter.sap().holdOpen("CLERK", "00" + number);

        Answer answer = adapter.patch("/api/v1/quotations/" + number, "{\"customerReference\": \"new\"}");

        assertProblem(answer, 422);
        assertThat(answer.json().path("sapMessages").get(0).path("message").asText()).contains("CLERK");
        adapter.sap().release("CLERK", "00" + number);
    }

    @Test
    void answers503WhenSapCannotBeReached() {
        adapter.sap().setFaults(FaultSettings.NONE.withSapDown(true));

        assertProblem(adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-DOWN")), 503);
        assertProblem(adapter.get("/api/v1/inquiries/10000000"), 503);
    }

    @Test
    void answers504WhenSapIsTooSlowAndSavesNothing() throws InterruptedException {
        adapter.sap().setFaults(FaultSettings.NONE.withLatency(Duration.ofSeconds(3), Duration.ofSeconds(3)));

        assertProblem(adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-SLOW")), 504);

        // the worker finishes the BAPI after the caller gave up, and must roll back instead of committing
        for (int i = 0; i < 100 && adapter.sap().calls().stream()
                .noneMatch(c -> c.function().equals("BAPI_TRANSACTION_ROLLBACK")); i++) {
            Thread.sleep(100);
        }
        SapCalls.assertRolledBackOnTheSessionOf(adapter.sap(), "BAPI_INQUIRY_CREATEFROMDATA2");
        assertThat(adapter.sap().ledgerCounts().commits()).isZero();
    }

    @Test
    void answers502ForAShortDumpAndLeavesNoDocument() {
        adapter.sap().setFaults(FaultSettings.NONE.withError("BAPI_INQUIRY_CREATEFROMDATA2",
                new ErrorFault(1, ErrorMode.SYSTEM_FAILURE, 0)));

        assertProblem(adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-DUMP")), 502);
        assertThat(adapter.sap().committedDocuments()).isEmpty();
    }

    @Test
    void answers502WhenSapsPricingOverflowsAndLeavesNoDocument() {
        // the largest quantity the contract allows, at M-01's 1,890.00: a net value beyond NETWR's 13 digits
        String inquiry = Documents.inquiry("CRM-HUGE").replace("\"quantity\": 5,", "\"quantity\": 9999999999.999,");

        assertProblem(adapter.post("/api/v1/inquiries", inquiry), 502);
        assertThat(adapter.sap().committedDocuments()).isEmpty();
        SapCalls.assertRolledBackOnTheSessionOf(adapter.sap(), "BAPI_INQUIRY_CREATEFROMDATA2");
    }

    /** A problem of that status, and nothing in it a CRM must not see. */
    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "com.sap", "mocksap", "JCO_ERROR", PASSWORD);
    }
}
