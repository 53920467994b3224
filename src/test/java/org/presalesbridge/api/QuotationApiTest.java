package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.sql.SQLException;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.SapCalls;

/** A CRM creates quotations (also with reference to an inquiry), changes, rejects and displays them. */
class QuotationApiTest {

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running();

    @Test
    void createsQuotationWithItsValidity() {
        Answer created = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-1"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode quotation = created.json();
        assertThat(created.location()).isEqualTo("/api/v1/quotations/" + quotation.path("documentNumber").asText());
        assertThat(quotation.path("documentType").asText()).isEqualTo("AG");
        assertThat(quotation.path("validFrom").asText()).isEqualTo("2030-01-01");
        assertThat(quotation.path("validTo").asText()).isEqualTo("2030-03-31");
        assertThat(quotation.path("netValue").decimalValue()).isEqualByComparingTo("10350.00");
    }

    @Test
    void findsAQuotationByTheCrmsKeyWithItsValidity() {
        Answer created = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-FIND"));

        Answer found = adapter.get("/api/v1/quotations?externalId=CRM-Q-FIND");

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.headers().get("content-location")).containsExactly(created.location());
        assertThat(found.json().path("documentType").asText()).isEqualTo("AG");
        assertThat(found.json().path("validTo").asText()).isEqualTo("2030-03-31");
        assertThat(adapter.get("/api/v1/inquiries?externalId=CRM-Q-FIND").status()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=utf-8", "Application/JSON; Charset=\"UTF-8\"",
        "application/json; charset=UTF8"})
    void takesJsonDeclaredAsUtf8(String contentType) {
        String body = Documents.quotation("CRM-Q-UTF8-" + contentType.length());
        Answer created = adapter.send(HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.replayed()).isFalse();
    }

    @Test
    void createsQuotationWithReferenceToInquiry() {
        String inquiry = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-R")).json()
                .path("documentNumber").asText();

        Answer created = adapter.post("/api/v1/quotations", Documents.quotationFor(inquiry, "CRM-Q-R"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode quotation = created.json();
        String number = quotation.path("documentNumber").asText();
        assertThat(quotation.path("referenceInquiry").asText()).isEqualTo(inquiry);
        assertThat(quotation.path("items").findValuesAsText("material")).containsExactly("M-01", "M-05");
        JsonNode displayedInquiry = adapter.get("/api/v1/inquiries/" + inquiry).json();
        assertThat(displayedInquiry.path("documentFlow").path("quotations").get(0).asText()).isEqualTo(number);
        assertThat(displayedInquiry.path("items").findValuesAsText("status")).containsOnly("completed");
        assertThat(adapter.get("/api/v1/quotations/" + number).json().path("referenceInquiry").asText())
                .isEqualTo(inquiry);
    }

    @Test
    void rejectsAnItemOfALostQuoteAndChangesTheValidity() {
        String number = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-LOST")).json()
                .path("documentNumber").asText();

        Answer changed = adapter.patch("/api/v1/quotations/" + number, """
                {"validTo": "2030-06-30", "items": [{"itemNumber": 10, "reasonForRejection": "02"}]}
                """);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode item = changed.json().path("items").get(0);
        assertThat(item.path("reasonForRejection").asText()).isEqualTo("02");
        assertThat(item.path("status").asText()).isEqualTo("rejected");
        assertThat(changed.json().path("validTo").asText()).isEqualTo("2030-06-30");
        assertThat(changed.json().path("netValue").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void opensARejectedItemAgainWhenItsReasonIsTakenAway() {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-WON-BACK")).location();
        adapter.patch(path, """
                {"items": [{"itemNumber": 10, "reasonForRejection": "02"}]}""");

        Answer changed = adapter.patch(path, """
                {"items": [{"itemNumber": 10, "reasonForRejection": ""}]}""");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode item = changed.json().path("items").get(0);
        assertThat(item.has("reasonForRejection")).as(item.toString()).isFalse();
        assertThat(item.path("status").asText()).isEqualTo("open");
        assertThat(changed.json().path("netValue").decimalValue()).isEqualByComparingTo("10350.00");
        assertThat(adapter.get(path).json().path("items").get(0).path("status").asText()).isEqualTo("open");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {"validTo": "2029-12-31"}   | /validTo notBeforeValidFrom
            {"validFrom": "2030-04-01"} | /validFrom notAfterValidTo""")
    void checksAChangedEndOfTheValidityAgainstTheOtherEndInSap(String change, String violation) throws SQLException {
        String path = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-VALID")).location();

        Answer answer = adapter.patch(path, change);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("violations")).singleElement()
                .satisfies(v -> assertThat(v.path("pointer").asText() + " " + v.path("rule").asText())
                        .isEqualTo(violation));
        assertThat(adapter.sap().calls()).noneMatch(c -> c.function().equals("BAPI_CUSTOMERQUOTATION_CHANGE"));
        JsonNode quotation = adapter.get(path).json();
        assertThat(quotation.path("validFrom").asText()).isEqualTo("2030-01-01");
        assertThat(quotation.path("validTo").asText()).isEqualTo("2030-03-31");
        assertThat(adapter.auditEvents()).containsExactly("create saved", "change refused");
    }

    @Test
    void changesShipToAndAQuantityAndDeletesAnItemCommittingOnTheChangeBapisSession() {
        String number = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-CHANGE").replace(
                "\"items\": [{\"material\": \"M-02\", \"quantity\": 3, \"unit\": \"PCE\"}]",
                "\"items\": [{\"material\": \"M-02\", \"quantity\": 3, \"unit\": \"PCE\"}, "
                        + "{\"material\": \"M-05\", \"quantity\": 2, \"unit\": \"PCE\"}]"))
                .json().path("documentNumber").asText();

        Answer changed = adapter.patch("/api/v1/quotations/" + number, """
                {"shipTo": "1002", "items": [{"itemNumber": 10, "quantity": 4}, {"itemNumber": 20, "delete": true}]}
                """);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("shipTo").asText()).isEqualTo("1002");
        assertThat(changed.json().path("items").findValuesAsText("itemNumber")).containsExactly("10");
        assertThat(changed.json().path("items").get(0).path("quantity").decimalValue()).isEqualByComparingTo("4");
        assertThat(adapter.get("/api/v1/quotations/" + number).body()).isEqualTo(changed.body());
        SapCalls.assertCommittedOnTheSessionOf(adapter.sap(), "BAPI_CUSTOMERQUOTATION_CHANGE");
    }

    @Test
    void keepsACrmIdOf35CharactersWhole() {
        String id = "SF-0061x00000ABCDEFGHIJKLMNOPQRSTUV";
        assertThat(id).hasSize(35);

        Answer created = adapter.post("/api/v1/quotations", Documents.quotation(id));

        assertThat(created.json().path("externalId").asText()).isEqualTo(id);
        assertThat(adapter.sap().calls()).as("the create's answer takes the id the adapter sent")
                .noneMatch(c -> c.function().equals("RFC_READ_TABLE"));
        String number = created.json().path("documentNumber").asText();
        assertThat(adapter.get("/api/v1/quotations/" + number).json().path("externalId").asText()).isEqualTo(id);
    }

    @Test
    void createsQuotationWithoutDisplayingItWhenTheCrmPrefersAMinimalAnswer() {
        Answer created = adapter.send(HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                .header("Content-Type", "application/json").header("Prefer", "return=minimal")
                .POST(HttpRequest.BodyPublishers.ofString(Documents.quotation("CRM-Q-MIN"))).build());

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode answer = created.json();
        String number = answer.path("documentNumber").asText();
        assertThat(created.location()).isEqualTo("/api/v1/quotations/" + number);
        assertThat(answer.path("externalId").asText()).isEqualTo("CRM-Q-MIN");
        assertThat(answer.has("netValue")).isFalse();
        assertThat(adapter.sap().calls()).extracting(c -> c.function())
                .containsExactly("BAPI_QUOTATION_CREATEFROMDATA2", "BAPI_TRANSACTION_COMMIT");
        assertThat(adapter.get("/api/v1/quotations/" + number).json().path("netValue").decimalValue())
                .isEqualByComparingTo("10350.00");
    }

    @Test
    void simulatesAQuotationWithoutSavingIt() {
        Answer simulated = adapter.post("/api/v1/quotations/simulate", Documents.quotation("CRM-Q-SIM"));

        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(200);
        // 3 × M-02 at 3,450.00, SAP's list price in 1000/10
        assertThat(simulated.json().path("items").get(0).path("netValue").decimalValue()).isEqualByComparingTo("10350.00");
        assertThat(simulated.json().path("netValue").decimalValue()).isEqualByComparingTo("10350.00");
        assertThat(simulated.json().path("documentType").asText()).isEqualTo("AG");
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isZero();
    }

    @Test
    void aSimulationChecksTheQuotationsOwnRulesBeforePricing() {
        Answer simulated = adapter.post("/api/v1/quotations/simulate", Documents.quotationFor("10009999", "CRM-Q-SIM3"));

        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(422);
        assertThat(simulated.json().path("sapMessages").findValuesAsText("message")).anyMatch(m -> m.contains("10009999"));
        assertThat(adapter.sap().calls()).extracting(c -> c.function()).containsExactly("BAPI_QUOTATION_CREATEFROMDATA2");
    }

    @Test
    void changeOfAnUnknownQuotationAnswers404() throws SQLException {
        Answer answer = adapter.patch("/api/v1/quotations/29999999", "{\"customerReference\": \"x\"}");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(adapter.sap().calls()).noneMatch(c -> c.function().equals("BAPI_CUSTOMERQUOTATION_CHANGE"));
        assertThat(adapter.auditEvents()).containsExactly("change not-found");
    }
}
