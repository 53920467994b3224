package org.presalesbridge.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.presalesbridge.Documents;
import org.presalesbridge.EmbeddedAdapter;
import org.presalesbridge.EmbeddedAdapter.Answer;

/**
 * Bad input is answered 400 (413, 415) before SAP is called, with every violation, its JSON pointer and rule.
 * The item limit is set to 3 here to show that it is a setting.
 */
class RequestValidationTest {

    @RegisterExtension
    static final EmbeddedAdapter adapter = EmbeddedAdapter.running(
            Map.of("api.max-items", "3", "api.max-body-size", "4096"));

    private static final ObjectMapper JSON = new ObjectMapper();

    private long callsBefore;

    @BeforeEach
    void countSapCalls() {
        callsBefore = adapter.sap().ledgerCounts().calls();
    }

    @AfterEach
    void sapWasNotCalled() {
        assertThat(adapter.sap().ledgerCounts().calls()).as("calls to SAP").isEqualTo(callsBefore);
    }

    @Test
    void listsEveryMissingRequiredField() {
        Answer answer = adapter.post("/api/v1/inquiries", "{\"salesArea\": {\"salesOrganization\": \"1000\"}}");

        assertThat(violations(answer)).containsOnly(
                "/externalId required", "/soldTo required", "/items required",
                "/salesArea/distributionChannel required", "/salesArea/division required");
    }

    @Test
    void checksEveryValueAgainstItsSapFieldLength() {
        Answer answer = adapter.post("/api/v1/inquiries", """
                {"externalId": "%s", %s, "soldTo": "12345678901", "shipTo": "12345678901",
                 "customerReference": "%s",
                 "items": [{"material": "%s", "quantity": 1, "unit": "PCE", "text": "%s"}]}
                """.formatted("E".repeat(36), Documents.SALES_AREA, "R".repeat(36), "M".repeat(19), "T".repeat(41)));

        assertThat(violations(answer)).containsOnly("/externalId maxLength", "/soldTo maxLength",
                "/shipTo maxLength", "/customerReference maxLength", "/items/0/material maxLength",
                "/items/0/text maxLength");
    }

    @Test
    void countsACharacterOutsideTheBasicMultilingualPlaneAsTheTwoPlacesItTakesInSap() {
        // 34 letters and a smiling face: 35 characters to JSON Schema, 36 UTF-16 units in SAP's CHAR 35
        String smile = "\uD83D\uDE00";
        Answer answer = adapter.post("/api/v1/inquiries", """
                {"externalId": "%s", %s, "soldTo": "1000", "customerReference": "%s",
                 "items": [{"material": "M-01", "quantity": 1, "unit": "PCE", "text": "%s"}]}
                """.formatted("E".repeat(34) + smile, Documents.SALES_AREA, smile + "R".repeat(34),
                "T".repeat(39) + smile));

        assertThat(violations(answer)).containsOnly("/externalId maxLength", "/customerReference maxLength",
                "/items/0/text maxLength");
        assertThat(answer.json().path("violations").findValuesAsText("message"))
                .allMatch(message -> message.contains("as SAP counts them"));
    }

    @Test
    void checksTheSalesAreaAgainstItsSapFieldLengths() {
        Answer answer = send("createInquiry", """
                {"salesArea": {"salesOrganization": "10000", "distributionChannel": "100", "division": "000"}}""");

        assertThat(violations(answer)).containsOnly("/salesArea/salesOrganization maxLength",
                "/salesArea/distributionChannel maxLength", "/salesArea/division maxLength");
    }

    /**
     * A rule a row: the operation, the violation expected, and the fields that break it (of a valid create, or the
     * whole body of a change).
     */
    @ParameterizedTest(name = "{0} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            createInquiry   | /currency pattern                   | {"currency": "eur"}
            createQuotation | /currency pattern                   | {"currency": "EURO"}
            createInquiry   | /soldTo pattern                     | {"soldTo": "10-00"}
            createInquiry   | /externalId pattern                 | {"externalId": "   "}
            createQuotation | /externalId pattern                 | {"externalId": "CRM-1 "}
            createInquiry   | /items/0/material pattern           | {"items": [{"material": " ", "quantity": 1, "unit": "PCE"}]}
            createQuotation | /referenceInquiry maxLength         | {"referenceInquiry": "10000000001"}
            createQuotation | /referenceInquiry pattern           | {"referenceInquiry": "INQ-1"}
            changeQuotation | /items/0/reasonForRejection pattern | {"items": [{"itemNumber": 10, "reasonForRejection": "002"}]}
            changeQuotation | /items/0/reasonForRejection pattern | {"items": [{"itemNumber": 10, "reasonForRejection": "x"}]}
            changeInquiry   | /items/0/itemNumber maximum         | {"items": [{"itemNumber": 1000000, "delete": true}]}
            # a change's item entry that could be read two ways: refused, not guessed at
            changeInquiry   | /items/1/itemNumber oneEntryPerItem | {"items": [{"itemNumber": 10, "quantity": 2}, {"itemNumber": 10, "delete": true}]}
            changeQuotation | /items/2/itemNumber oneEntryPerItem | {"items": [{"itemNumber": 20, "quantity": 1}, {"material": "M-02", "quantity": 1, "unit": "PCE"}, {"itemNumber": 20, "quantity": 3}]}
            changeQuotation | /items/0/quantity deleteOnly        | {"items": [{"itemNumber": 10, "quantity": 2, "delete": true}]}
            changeQuotation | /items/0/reasonForRejection deleteOnly | {"items": [{"itemNumber": 10, "delete": true, "reasonForRejection": "02"}]}
            changeInquiry   | /items/0/delete deleteNeedsItemNumber | {"items": [{"material": "M-03", "quantity": 1, "unit": "PCE", "delete": true}]}
            changeInquiry   | /items/0 changesSomething           | {"items": [{"itemNumber": 10}]}
            changeQuotation | /items/0 changesSomething           | {"items": [{"itemNumber": 10, "delete": false}]}""")
    void checksEachRuleOfAField(String operation, String violation, String fields) {
        assertThat(violations(send(operation, fields))).containsExactly(violation);
    }

    /** A search by the CRM's key whose externalId cannot be one: 400 naming the query parameter; SAP not asked. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/inquiries                                         | parameter externalId required
            /api/v1/quotations?other=1                                | parameter externalId required
            /api/v1/quotations?externalId=                            | parameter externalId minLength, parameter externalId pattern
            /api/v1/inquiries?externalId=%20CRM-1                     | parameter externalId pattern
            /api/v1/inquiries?externalId=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA | parameter externalId maxLength""")
    void refusesASearchByAnExternalIdThatCannotBeOne(String path, String expected) {
        assertThat(violations(adapter.get(path))).containsExactly(expected.split(", "));
    }

    @Test
    void acceptsValuesOfExactlyTheSapFieldLength() {
        // the same limits, one character less: a valid request passes to SAP (which then refuses the customer)
        Answer answer = adapter.post("/api/v1/inquiries", """
                {"externalId": "%s", %s, "soldTo": "1000", "customerReference": "%s",
                 "items": [{"material": "%s", "quantity": 1, "unit": "PCE", "text": "%s"}]}
                """.formatted("E".repeat(35), Documents.SALES_AREA, "R".repeat(35), "M".repeat(18), "T".repeat(40)));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        callsBefore = adapter.sap().ledgerCounts().calls();
    }

    @Test
    void checksQuantities() {
        Answer answer = adapter.post("/api/v1/inquiries", """
                {"externalId": "Q", %s, "soldTo": "1000",
                 "items": [{"material": "M-01", "quantity": 0, "unit": "PCE"},
                           {"material": "M-01", "quantity": -1, "unit": "PCE"},
                           {"material": "M-01", "quantity": 1.0001, "unit": "PCE"},
                           {"material": "M-01", "quantity": 12345678901, "unit": "PCE"},
                           {"material": "M-01", "quantity": "5", "unit": "PCE"}]}
                """.formatted(Documents.SALES_AREA));

        assertThat(violations(answer)).contains("/items/0/quantity exclusiveMinimum",
                "/items/1/quantity exclusiveMinimum", "/items/2/quantity multipleOf", "/items/3/quantity maximum",
                "/items/4/quantity type", "/items maxItems");
    }

    @Test
    void acceptsThreeDecimalsAndTenIntegerDigits() {
        // M-05 at 186.50: ten billion pieces still fit SAP's net value (CURR 15,2); a dearer one would not
        Answer answer = adapter.post("/api/v1/inquiries/simulate", """
                {"externalId": "Q", %s, "soldTo": "1000",
                 "items": [{"material": "M-05", "quantity": 9999999999.999, "unit": "PCE"},
                           {"material": "M-05", "quantity": 0.001, "unit": "PCE"}]}
                """.formatted(Documents.SALES_AREA));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        callsBefore = adapter.sap().ledgerCounts().calls();
    }

    @Test
    void checksThatDatesAreRealDates() {
        Answer answer = adapter.post("/api/v1/quotations", """
                {"externalId": "Q", %s, "soldTo": "1000", "validFrom": "2030-02-30", "validTo": "31.03.2030",
                 "requestedDeliveryDate": "2030-13-01",
                 "items": [{"material": "M-01", "quantity": 1, "unit": "PCE", "requestedDeliveryDate": "tomorrow"}]}
                """.formatted(Documents.SALES_AREA));

        assertThat(violations(answer)).containsOnly("/validFrom format", "/validTo format",
                "/requestedDeliveryDate format", "/items/0/requestedDeliveryDate format");
    }

    @Test
    void refusesAValidityEndBeforeItsStart() {
        String body = Documents.quotation("Q").replace("\"validTo\": \"2030-03-31\"", "\"validTo\": \"2029-12-31\"");

        assertThat(violations(adapter.post("/api/v1/quotations", body))).containsOnly("/validTo notBeforeValidFrom");
        assertThat(violations(adapter.patch("/api/v1/quotations/20000000",
                "{\"validFrom\": \"2030-02-01\", \"validTo\": \"2030-01-31\"}")))
                .containsOnly("/validTo notBeforeValidFrom");
    }

    @Test
    void requiresValidityAndItemsOfAQuotationWithoutReference() {
        Answer answer = adapter.post("/api/v1/quotations",
                "{\"externalId\": \"Q\", " + Documents.SALES_AREA + ", \"soldTo\": \"1000\"}");

        assertThat(violations(answer)).containsOnly("/validFrom required", "/validTo required", "/items required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"createInquiry", "changeQuotation"})
    void refusesMoreItemsThanTheSettingAllows(String operation) {
        String items = IntStream.range(0, 4)
                .mapToObj(i -> "{\"material\": \"M-01\", \"quantity\": 1, \"unit\": \"PCE\"}")
                .collect(Collectors.joining(","));

        assertThat(violations(send(operation, "{\"items\": [" + items + "]}"))).containsOnly("/items maxItems");
    }

    @Test
    void refusesUnknownFieldsAndUnits() {
        Answer answer = adapter.post("/api/v1/inquiries", """
                {"externalId": "Q", %s, "soldTo": "1000", "priority": "high",
                 "items": [{"material": "M-01", "quantity": 1, "unit": "XYZ", "colour": "red"}]}
                """.formatted(Documents.SALES_AREA));

        assertThat(violations(answer)).containsOnly("/priority unknownField", "/items/0/colour unknownField",
                "/items/0/unit knownUnit");
    }

    @Test
    void checksChanges() {
        Answer answer = adapter.patch("/api/v1/inquiries/10000000", """
                {"externalId": "changed", "items": [{"quantity": 2}, {"itemNumber": 0, "delete": "yes"}]}
                """);

        assertThat(violations(answer)).containsOnly("/externalId unknownField", "/items/0/material required",
                "/items/0/unit required", "/items/1/itemNumber minimum", "/items/1/delete type");
        assertThat(violations(adapter.patch("/api/v1/inquiries/10000000", "{}"))).containsOnly(BODY + " minProperties");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET,   /api/v1/inquiries/12345678901,  maxLength",
            "GET,   /api/v1/quotations/2000000X,    pattern",
            "GET,   /api/v1/quotations/20%2000001,  pattern",
            "PATCH, /api/v1/quotations/12345678901, maxLength",
            "PATCH, /api/v1/inquiries/-10000000,    pattern",
            "PATCH, /api/v1/quotations/0ABCDEFGHIJ, maxLength pattern"})
    void refusesADocumentNumberThatCannotBeOne(String method, String path, String rules) {
        Answer answer = method.equals("GET") ? adapter.get(path)
                : adapter.patch(path, "{\"customerReference\": \"x\"}");

        assertThat(violations(answer)).containsExactlyElementsOf(Stream.of(rules.split(" "))
                .map(rule -> "parameter documentNumber " + rule).toList());
    }

    @Test
    void listsABadDocumentNumberWithTheViolationsOfTheBody() {
        Answer answer = adapter.patch("/api/v1/quotations/Q-4711", "{\"validTo\": \"31.03.2030\"}",
                "Idempotency-Key", "one key");

        assertThat(violations(answer)).containsExactly("parameter documentNumber pattern", "/validTo format",
                "header Idempotency-Key pattern");
    }

    @Test
    void takesTenDigitsWithLeadingZerosAsADocumentNumber() {
        Answer answer = adapter.get("/api/v1/quotations/0029999999");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        callsBefore = adapter.sap().ledgerCounts().calls();
    }

    @Test
    void answersMalformedJson() {
        Answer answer = adapter.post("/api/v1/inquiries", "{\"externalId\": \"Q\",");

        assertThat(violations(answer)).containsOnly(BODY + " json");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a word after it         | {"shipTo": "1000"} xyz                                    | "" json
            two objects             | {"shipTo": "1000"} {"shipTo": "1001"}                     | "" json
            a number after it       | {"shipTo": "1000"} 1                                      | "" json
            a name twice            | {"shipTo": "1000", "shipTo": "1001"}                      | /shipTo duplicateKey
            a name twice in an item | {"items": [{"itemNumber": 10, "text": "a", "text": "b"}]} | /items/0/text duplicateKey
            only white space        | '  '                                                      | "" json""")
    void refusesJsonThatIsNotOneObjectWithEachNameOnce(String what, String body, String violation) {
        Answer answer = adapter.patch("/api/v1/inquiries/10000000", body);

        assertThat(violations(answer)).containsExactly(violation);
        assertThat(answer.body()).doesNotContain("Feature", "JsonNode", "jackson");
    }

    @Test
    void escapesMemberNamesInPointers() {
        Answer answer = adapter.post("/api/v1/inquiries", """
                {"externalId": "Q", %s, "soldTo": "1000", "priority/level": "high", "a~b": 1,
                 "items": [{"material": "M-01", "quantity": 1, "unit": "PCE", "colour/shade": "red"}]}
                """.formatted(Documents.SALES_AREA));

        assertThat(violations(answer)).containsOnly("/priority~1level unknownField", "/a~0b unknownField",
                "/items/0/colour~1shade unknownField");
    }

    @Test
    void namesABadHeaderInAMemberOfItsOwn() {
        Answer answer = adapter.post("/api/v1/quotations", Documents.quotation("Q"),
                "Idempotency-Key", "one key", "X-Client-Id", "crm a");

        assertThat(violations(answer)).containsExactly("header Idempotency-Key pattern", "header X-Client-Id pattern");
    }

    @Test
    void answers413ForABodyOverTheLimit() {
        Answer answer = adapter.post("/api/v1/inquiries", Documents.inquiry("X".repeat(5000)));

        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"text/plain", "application/xml", "application/json-seq"})
    void answers415ForAnotherContentTypeOrNone(String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                .POST(HttpRequest.BodyPublishers.ofString(Documents.quotation("Q")));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        Answer answer = adapter.send(request.build());

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("status").asInt()).isEqualTo(415);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json; charset=ISO-8859-1", "application/json;charset=utf-16",
        "application/json; charset=no-such-charset"})
    void answers415ForJsonInAnotherCharsetThanUtf8(String contentType) {
        Answer answer = adapter.send(HttpRequest.newBuilder(adapter.uri("/api/v1/quotations"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(Documents.quotation("Q"))).build());

        assertThat(answer.status()).isEqualTo(415);
        assertThat(answer.json().path("detail").asText()).contains("UTF-8")
                .contains("charset " + contentType.split("=")[1]);
    }

    /**
     * The request of an operation with the fields given: a create sends a valid document with those fields
     * overwritten (an inquiry or a quotation of Documents), a change sends them alone, to document 10000000 or
     * 20000000.
     */
    private static Answer send(String operation, String fields) {
        return switch (operation) {
            case "createInquiry" -> adapter.post("/api/v1/inquiries", overwritten(Documents.inquiry("Q"), fields));
            case "createQuotation" -> adapter.post("/api/v1/quotations", overwritten(Documents.quotation("Q"), fields));
            case "changeInquiry" -> adapter.patch("/api/v1/inquiries/10000000", fields);
            case "changeQuotation" -> adapter.patch("/api/v1/quotations/20000000", fields);
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private static String overwritten(String document, String fields) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(document);
            body.setAll((ObjectNode) JSON.readTree(fields));
            return body.toString();
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The body as a whole, as {@link #violations} shows its JSON pointer, the empty string (RFC 6901). */
    private static final String BODY = "\"\"";

    /**
     * The answer must be a 400 problem; its violations as "where rule", where being the JSON pointer into the body
     * ({@link #BODY} for the body itself), "parameter name" for a path parameter or "header name" for a header.
     */
    private static List<String> violations(Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        List<String> violations = new ArrayList<>();
        problem.path("violations").forEach(v -> violations.add(where(v) + " " + v.path("rule").asText()));
        return violations;
    }

    private static String where(JsonNode violation) {
        assertThat(Stream.of("pointer", "parameter", "header").filter(violation::has)).as(violation.toString())
                .hasSize(1);
        if (violation.has("parameter")) {
            return "parameter " + violation.path("parameter").asText();
        }
        if (violation.has("header")) {
            return "header " + violation.path("header").asText();
        }
        String pointer = violation.path("pointer").asText();
        assertThat(pointer).as("a JSON pointer").matches("(/[^/]*)*");
        return pointer.isEmpty() ? BODY : pointer;
    }
}
