package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;
import org.presalesbridge.SapCalls;

/** A CRM creates, displays, changes and checks inquiries over HTTP; SAP is mock-sap inside the adapter. */
class InquiryApiTest {

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running();

    @Test
    void createsInquiryAndAnswersItAsSapHasIt() {
        Answer created = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-1"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.contentType()).startsWith("application/json");
        JsonNode inquiry = created.json();
        String number = inquiry.path("documentNumber").asText();
        assertThat(number).matches("[1-9][0-9]*");
        assertThat(created.location()).isEqualTo("/api/v1/inquiries/" + number);
        assertThat(inquiry.path("documentType").asText()).isEqualTo("AF");
        assertThat(inquiry.path("externalId").asText()).isEqualTo("CRM-INQ-1");
        assertThat(inquiry.path("soldTo").asText()).isEqualTo("1000");
        assertThat(inquiry.path("customerReference").asText()).isEqualTo("RFQ 4711");
        assertThat(inquiry.path("requestedDeliveryDate").asText()).isEqualTo("2030-03-02");
        assertThat(inquiry.path("currency").asText()).isEqualTo("EUR");
        JsonNode items = inquiry.path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(0).path("itemNumber").asInt()).isEqualTo(10);
        assertThat(items.get(1).path("itemNumber").asInt()).isEqualTo(20);
        assertThat(items.get(0).path("material").asText()).isEqualTo("M-01");
        assertThat(items.get(0).path("unit").asText()).isEqualTo("PCE");
        assertThat(items.get(1).path("quantity").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(items.get(1).path("text").asText()).isEqualTo("Ball valve, special");
        // list prices of mock-sap: M-01 1890.00, M-05 186.50
        assertThat(items.get(0).path("netValue").decimalValue()).isEqualByComparingTo("9450.00");
        assertThat(inquiry.path("netValue").decimalValue()).isEqualByComparingTo("9916.25");
        assertThat(items.get(0).path("status").asText()).isEqualTo("open");
        assertThat(adapter.sap().committedDocuments()).singleElement()
                .satisfies(d -> assertThat(d.purchaseOrderNumber()).isEqualTo("CRM-INQ-1"));
    }

    @Test
    void keepsAnExternalIdWhoseEmojiTakesTheLastTwoPlacesOfSapsField() {
        String externalId = "E".repeat(33) + "\uD83D\uDE00"; // 35 UTF-16 units, as long as VBAK-BSTNK
        Answer created = adapter.post("/api/v1/inquiries", Documents.inquiry(externalId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().path("externalId").asText()).isEqualTo(externalId);
        assertThat(adapter.sap().committedDocuments())
                .anySatisfy(d -> assertThat(d.purchaseOrderNumber()).isEqualTo(externalId));
    }

    @Test
    void findsAnInquiryByTheCrmsKeyAsSapHasIt() {
        // a blank, a slash, an apostrophe and an umlaut: percent-encoded in the query, quoted in SAP's table read
        String externalId = "CRM-INQ 7/O'Neil-\u00FC";
        Answer created = adapter.post("/api/v1/inquiries", Documents.inquiry(externalId));
        adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ 7"));

        Answer found = adapter.get("/api/v1/inquiries?externalId="
                + URLEncoder.encode(externalId, StandardCharsets.UTF_8));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.headers().get("content-location")).containsExactly(created.location());
        assertThat(found.json().path("documentNumber")).isEqualTo(created.json().path("documentNumber"));
        assertThat(found.json().path("externalId").asText()).isEqualTo(externalId);
        assertThat(found.json().path("items")).isEqualTo(created.json().path("items"));
        assertThat(found.json().path("netValue").decimalValue()).isEqualByComparingTo("9916.25");
    }

    @Test
    void answers404ForAnExternalIdSapKeepsNoInquiryUnder() {
        adapter.post("/api/v1/quotations", Documents.quotation("CRM-ONLY-A-QUOTATION"));

        for (String externalId : List.of("CRM-NOBODY", "CRM-ONLY-A-QUOTATION")) {
            Answer answer = adapter.get("/api/v1/inquiries?externalId=" + externalId);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().path("detail").asText())
                    .isEqualTo("SAP has no inquiry for externalId " + externalId + ".");
        }
    }

    @Test
    void answersWithTheLengthOfItsBodyNotChunked() {
        Answer created = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-LENGTH"));
        Answer problem = adapter.post("/api/v1/inquiries", "{\"externalId\": \"CRM-INQ-BAD\"}");

        for (Answer answer : List.of(created, problem)) {
            assertThat(answer.headers().get("content-length")).as(answer.toString())
                    .containsExactly(String.valueOf(answer.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(answer.headers()).doesNotContainKey("transfer-encoding");
        }
        assertThat(created.status()).isEqualTo(201);
        assertThat(problem.status()).isEqualTo(400);
    }

    @Test
    void commitsOnTheSessionOfTheCreateBapi() {
        adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-SESSION"));

        SapCalls.assertCommittedOnTheSessionOf(adapter.sap(), "BAPI_INQUIRY_CREATEFROMDATA2");
    }

    @Test
    void displaysInquiryWithOrWithoutLeadingZeros() {
        String number = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-2")).json()
                .path("documentNumber").asText();

        Answer plain = adapter.get("/api/v1/inquiries/" + number);
        Answer padded = adapter.get("/api/v1/inquiries/" + "0".repeat(10 - number.length()) + number);

        assertThat(plain.status()).isEqualTo(200);
        assertThat(padded.status()).isEqualTo(200);
        assertThat(padded.json().path("documentNumber").asText()).isEqualTo(number);
        assertThat(plain.json().path("externalId").asText()).isEqualTo("CRM-INQ-2");
    }

    @Test
    void answers404ForAnUnknownInquiry() {
        Answer answer = adapter.get("/api/v1/inquiries/19999999");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(404);
    }

    @Test
    void answers404WhenTheNumberIsAQuotation() {
        String quotation = adapter.post("/api/v1/quotations", Documents.quotation("CRM-Q-X")).json()
                .path("documentNumber").asText();

        assertThat(adapter.get("/api/v1/inquiries/" + quotation).status()).isEqualTo(404);
    }

    @Test
    void changesHeaderFieldsAndItems() {
        String number = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-3")).json()
                .path("documentNumber").asText();

        Answer changed = adapter.patch("/api/v1/inquiries/" + number, """
                {"customerReference": "RFQ 4711 rev. B", "requestedDeliveryDate": "2030-04-15", "shipTo": "1001",
                 "items": [{"itemNumber": 10, "quantity": 7},
                           {"itemNumber": 20, "delete": true},
                           {"material": "M-11", "quantity": 100, "unit": "PCE", "requestedDeliveryDate": "2030-05-01"}]}
                """);

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode inquiry = changed.json();
        assertThat(inquiry.path("customerReference").asText()).isEqualTo("RFQ 4711 rev. B");
        assertThat(inquiry.path("requestedDeliveryDate").asText()).isEqualTo("2030-04-15");
        assertThat(inquiry.path("shipTo").asText()).isEqualTo("1001");
        JsonNode items = inquiry.path("items");
        assertThat(items.findValuesAsText("material")).containsExactly("M-01", "M-11");
        assertThat(items.get(0).path("quantity").decimalValue()).isEqualByComparingTo("7");
        assertThat(items.get(1).path("itemNumber").asInt()).isEqualTo(30);
        assertThat(items.get(1).path("requestedDeliveryDate").asText()).isEqualTo("2030-05-01");
        assertThat(adapter.get("/api/v1/inquiries/" + number).body()).isEqualTo(changed.body());
        SapCalls.assertCommittedOnTheSessionOf(adapter.sap(), "BAPI_CUSTOMERINQUIRY_CHANGE");
    }

    @Test
    void simulatesAnInquiryWithoutSavingIt() {
        Answer simulated = adapter.post("/api/v1/inquiries/simulate", Documents.inquiry("CRM-INQ-SIM"));

        assertThat(simulated.status()).as(simulated.toString()).isEqualTo(200);
        assertThat(simulated.json().path("externalId").asText()).isEqualTo("CRM-INQ-SIM");
        assertThat(simulated.json().has("documentNumber")).isFalse();
        // SAP's prices: 5 × M-01 at 1,890.00 and 2.5 × M-05 at 186.50 (mock-sap's list prices in 1000/10)
        assertThat(simulated.json().path("items").findValuesAsText("itemNumber")).containsExactly("10", "20");
        assertThat(simulated.json().path("items").get(0).path("netValue").decimalValue()).isEqualByComparingTo("9450.00");
        assertThat(simulated.json().path("items").get(1).path("netValue").decimalValue()).isEqualByComparingTo("466.25");
        assertThat(simulated.json().path("netValue").decimalValue()).isEqualByComparingTo("9916.25");
        assertThat(simulated.json().path("currency").asText()).isEqualTo("EUR");
        assertThat(adapter.sap().ledgerCounts().documentsCreated()).isZero();
        assertThat(adapter.sap().calls()).extracting(c -> c.function())
                .containsExactly("BAPI_INQUIRY_CREATEFROMDATA2", "BAPI_SALESORDER_SIMULATE");
        assertThat(adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-AFTER")).location())
                .as("the simulation used up no number").endsWith("/10000000");
    }

    @Test
    void simulationAnswers422WhenSapWouldRefuse() {
        Answer simulated = adapter.post("/api/v1/inquiries/simulate",
                Documents.inquiry("CRM-INQ-SIM2").replace("\"M-01\"", "\"M-99\""));

        assertThat(simulated.status()).isEqualTo(422);
        assertThat(simulated.json().path("sapMessages").findValuesAsText("type")).contains("E");
    }

    @Test
    void servesItsContract() {
        Answer contract = adapter.get("/api/v1/openapi.json");

        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.contentType()).startsWith("application/json");
        assertThat(contract.json().path("openapi").asText()).startsWith("3.1");
        assertThat(contract.json().path("paths").has("/inquiries/{documentNumber}")).isTrue();
    }

    @Test
    void answers405WithTheAllowedMethodsForAMethodThePathDoesNotTake() {
        String number = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-DELETE")).json()
                .path("documentNumber").asText();

        Answer delete = adapter.send(HttpRequest.newBuilder(adapter.uri("/api/v1/inquiries/" + number)).DELETE()
                .build());

        assertThat(delete.status()).as(delete.toString()).isEqualTo(405);
        assertThat(delete.contentType()).startsWith("application/problem+json");
        assertThat(delete.headers().get("allow")).containsExactly("GET, HEAD, PATCH");
        assertThat(delete.json().path("type").asText()).isEqualTo("urn:presales-bridge:problem:method-not-allowed");
        assertThat(adapter.get("/api/v1/inquiries/" + number).status()).isEqualTo(200);
    }

    @Test
    void answersHeadAsGetWithoutTheBody() {
        String number = adapter.post("/api/v1/inquiries", Documents.inquiry("CRM-INQ-HEAD")).json()
                .path("documentNumber").asText();

        for (String path : List.of("/api/v1/inquiries/" + number, "/health/ready", "/api/v1/inquiries/99999999")) {
            Answer get = adapter.get(path);
            // HTTP/1.1, as load balancers check: over HTTP/2 Vert.x 4.5 sends a HEAD answer's body too
            Answer head = adapter.send(HttpRequest.newBuilder(adapter.uri(path)).version(HttpClient.Version.HTTP_1_1)
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());

            assertThat(head.status()).as(path).isEqualTo(get.status());
            assertThat(head.contentType()).as(path).isEqualTo(get.contentType());
            assertThat(head.headers().get("content-length")).as(path)
                    .containsExactly(String.valueOf(get.body().getBytes(StandardCharsets.UTF_8).length));
            assertThat(head.body()).as(path).isEmpty();
        }
    }

    @Test
    void answers404ProblemForAPathTheApiDoesNotHave() {
        Answer answer = adapter.get("/api/v1/orders/1");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("type").asText()).isEqualTo("urn:presales-bridge:problem:no-such-resource");
        assertThat(answer.headers()).doesNotContainKey("allow");
    }
}
