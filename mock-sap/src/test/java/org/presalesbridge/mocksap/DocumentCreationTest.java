package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentCreationTest extends SdTestSupport {

    @Test
    void createsQuotationWithSapsSuccessMessagesAndNumber() throws JCoException {
        JCoContext.begin(destination);
        try {
            BapiCall call = NewDocument.quotation().item("M-01", "3").item("M-05", "10").execute(destination);

            assertThat(call.export("SALESDOCUMENT")).isEqualTo("0020000000");
            assertThat(call.messages()).extracting(BapiCall.Message::code, BapiCall.Message::text)
                    .containsExactly(
                            tuple("S V4 233", "SALES_HEADER_IN has been processed successfully"),
                            tuple("S V4 233", "SALES_ITEM_IN has been processed successfully"),
                            tuple("S V4 233", "SALES_ITEM_IN has been processed successfully"),
                            tuple("S V1 311", "Quotation 20000000 has been saved"));
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }
    }

    /**
     * M-01 at 1,890.00 a piece: 9,999,999,999.999 pieces are worth 18,899,999,999,998.11, and two items of
     * 3,000,000,000 pieces 5,670,000,000,000.00 each but 11,340,000,000,000.00 together; NETWR (CURR 15,2) holds 13
     * digits before the point. SAP's pricing overflows: a runtime error, and the commit after it saves nothing.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            an item's net value     | 9999999999.999 |
            the document's net value | 3000000000     | 3000000000""")
    void aNetValueBeyondSapsFieldIsARuntimeErrorAndSavesNothing(String what, String first, String second)
            throws JCoException {
        NewDocument inquiry = NewDocument.inquiry().item("M-01", first);
        if (second != null) {
            inquiry.item("M-01", second);
        }
        JCoContext.begin(destination);
        try {
            assertThatThrownBy(() -> inquiry.execute(destination)).isInstanceOfSatisfying(JCoException.class, e -> {
                assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_SYSTEM_FAILURE);
                assertThat(e.getMessage()).contains("COMPUTE_BCD_OVERFLOW", "NETWR");
            });
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }

        assertThat(rows(readTable("VBAK", List.of("VBELN")))).isEmpty();
    }

    @Test
    void takesS4sLongMaterialNumberAndAnswersIt() throws JCoException {
        String number = createAndCommit(NewDocument.quotation()
                .itemWith("MATERIAL_LONG", "M-01", "TARGET_QTY", new BigDecimal("3")));

        Map<String, String> item = detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0);
        assertThat(item).containsEntry("MATERIAL_LONG", "M-01").containsEntry("MATERIAL", "M-01");
        assertThat(new BigDecimal(item.get("NET_VALUE"))).isEqualByComparingTo("5670.00");
    }

    @Test
    void createsInquiryInItsOwnNumberRange() throws JCoException {
        String number = createAndCommit(NewDocument.inquiry().item("M-02", "1"));

        assertThat(number).isEqualTo("0010000000");
        Map<String, String> header = header(number);
        assertThat(header).containsEntry("DOC_TYPE", "AF").containsEntry("SD_DOC_CAT", "A")
                .containsEntry("SOLD_TO", "0000001000").containsEntry("CURRENCY", "EUR");
    }

    @Test
    void numbersItemsInStepsOfTenAndPricesThemFromTheListPrice() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "3").item("M-11", "20"));

        List<Map<String, String>> items = detail(number, "ITEM").table("ORDER_ITEMS_OUT");
        assertThat(items).extracting(i -> i.get("ITM_NUMBER"), i -> i.get("MATERIAL"), i -> i.get("ITEM_CATEG"))
                .containsExactly(tuple("000010", "M-01", "AGN"), tuple("000020", "M-11", "AGN"));
        assertThat(new BigDecimal(items.get(0).get("NET_VALUE"))).isEqualByComparingTo("5670.00");
        assertThat(new BigDecimal(items.get(1).get("NET_VALUE"))).isEqualByComparingTo("196.00");
        assertThat(new BigDecimal(header(number).get("NET_VAL_HD"))).isEqualByComparingTo("5866.00");
        List<Map<String, String>> conditions = detail(number, "SDCOND").table("ORDER_CONDITIONS_OUT");
        assertThat(conditions).extracting(c -> c.get("COND_TYPE")).containsOnly("PR00");
        assertThat(new BigDecimal(conditions.get(0).get("COND_VALUE"))).isEqualByComparingTo("1890.00");
    }

    @Test
    void warnsWhenTheCustomerHasADocumentWithThePurchaseOrderNumberAndSavesAnyway() throws JCoException {
        String inquiry = createAndCommit(NewDocument.inquiry().purchaseOrder("CRM-4711").item("M-01", "1"));

        JCoContext.begin(destination);
        try {
            BapiCall call = NewDocument.quotation().purchaseOrder("CRM-4711").item("M-01", "1").execute(destination);

            assertThat(call.export("SALESDOCUMENT")).isEqualTo("0020000000");
            assertThat(call.messages()).extracting(BapiCall.Message::code, BapiCall.Message::text)
                    .contains(tuple("W V4 115", "Purchase order number CRM-4711 already exists for sold-to party 1000 "
                            + "(document " + inquiry.replaceFirst("^0+", "") + ")"));
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }
        String otherCustomer = createAndCommit(NewDocument.quotation().customer("0000001001").purchaseOrder("CRM-4711")
                .item("M-01", "1"));
        assertThat(otherCustomer).as("another sold-to party: no warning, saved").isEqualTo("0020000001");
    }

    @Test
    void keepsThePurchaseOrderNumberTheCrmSends() throws JCoException {
        NewDocument quotation = NewDocument.quotation().purchaseOrder("CRM-OPPORTUNITY-000000000000004711")
                .item("M-01", "1");
        String number = createAndCommit(quotation);

        // BAPISDHD has only the 20-character PURCH_NO, as in SAP; VBAK-BSTNK keeps all 35
        assertThat(header(number)).containsEntry("PURCH_NO", "CRM-OPPORTUNITY-0000");
        List<List<String>> vbak = rows(readTable("VBAK", List.of("VBELN", "BSTNK"),
                "BSTNK = 'CRM-OPPORTUNITY-000000000000004711'"));
        assertThat(vbak).containsExactly(List.of(number, "CRM-OPPORTUNITY-000000000000004711"));
    }

    @Test
    void scheduleLineQuantityWinsOverTargetQuantity() throws JCoException {
        String number = createAndCommit(NewDocument.quotation()
                .itemWith("ITM_NUMBER", "000010", "MATERIAL", "M-01", "TARGET_QTY", new BigDecimal("99"))
                .scheduleLine("000010", "4").scheduleLine("000010", "2"));

        Map<String, String> item = detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0);
        assertThat(new BigDecimal(item.get("REQ_QTY"))).isEqualByComparingTo("6");
        assertThat(detail(number, "SDSCHEDULE").table("ORDER_SCHEDULES_OUT"))
                .extracting(s -> s.get("SCHED_LINE"), s -> new BigDecimal(s.get("REQ_QTY")).intValue())
                .containsExactly(tuple("0001", 4), tuple("0002", 2));
    }

    @Test
    void targetQuantityServesWhenNoScheduleLineIsGiven() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-03", "7"));

        List<Map<String, String>> lines = detail(number, "SDSCHEDULE").table("ORDER_SCHEDULES_OUT");
        assertThat(lines).hasSize(1);
        assertThat(new BigDecimal(lines.get(0).get("REQ_QTY"))).isEqualByComparingTo("7");
    }

    @Test
    void findsNumericMaterialOnlyInItsInternalFormat() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("000000000000100200", "25"));

        assertThat(detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0))
                .containsEntry("MATERIAL", "000000000000100200").containsEntry("SALES_UNIT", "KG");
    }

    @Test
    void fillsShipToBillToAndPayerFromTheSoldToParty() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        assertThat(detail(number, "PARTNER").table("ORDER_PARTNERS_OUT"))
                .extracting(p -> p.get("PARTN_ROLE"), p -> p.get("CUSTOMER"))
                .containsExactly(tuple("AG", "0000001000"), tuple("WE", "0000001000"), tuple("RE", "0000001000"),
                        tuple("RG", "0000001000"));
    }

    @Test
    void testRunChecksAndSavesNothingAndDrawsNoNumber() throws JCoException {
        JCoContext.begin(destination);
        try {
            BapiCall simulated = NewDocument.quotation().item("M-01", "2").testRun().execute(destination);
            commit(destination);

            assertThat(simulated.export("SALESDOCUMENT")).isEmpty();
            assertThat(simulated.messages()).extracting(BapiCall.Message::code).containsOnly("S V4 233");
        } finally {
            JCoContext.end(destination);
        }
        assertThat(admin.ledgerCounts().documentsCreated()).isZero();
        assertThat(createAndCommit(NewDocument.quotation().item("M-01", "2"))).isEqualTo("0020000000");
    }

    @Test
    void customerOfTheUsSalesAreaGetsUsDollars() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().salesOrganization("2000").customer("0000002000")
                .item("M-01", "1"));

        assertThat(header(number)).containsEntry("CURRENCY", "USD").containsEntry("SALES_ORG", "2000");
    }

    @Test
    void takesAManualPriceFromConditionPr00() throws JCoException {
        JCoContext.begin(destination);
        String number;
        try {
            number = NewDocument.quotation().itemWith("ITM_NUMBER", "000010", "MATERIAL", "M-01",
                            "TARGET_QTY", new BigDecimal("2")).call(destination)
                    .row("QUOTATION_CONDITIONS_IN", "ITM_NUMBER", "000010", "COND_TYPE", "PR00",
                            "COND_VALUE", new BigDecimal("1500"), "CURRENCY", "EUR")
                    .execute(destination).export("SALESDOCUMENT");
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }

        Map<String, String> condition = detail(number, "SDCOND").table("ORDER_CONDITIONS_OUT").get(0);
        assertThat(new BigDecimal(condition.get("COND_VALUE"))).isEqualByComparingTo("1500");
        assertThat(new BigDecimal(condition.get("CONDVALUE"))).isEqualByComparingTo("3000");
        assertThat(condition).containsEntry("CONDCHAMAN", "X");
    }

    @Test
    void keepsTheTextsSentWithTheDocument() throws JCoException {
        JCoContext.begin(destination);
        String number;
        try {
            number = NewDocument.quotation().item("M-01", "1").call(destination)
                    .row("QUOTATION_TEXT", "TEXT_ID", "0001", "LANGU", "E", "TEXT_LINE", "Delivery to gate 4")
                    .execute(destination).export("SALESDOCUMENT");
            commit(destination);
        } finally {
            JCoContext.end(destination);
        }

        assertThat(detail(number, "TEXT").table("ORDER_TEXTLINES_OUT").get(0))
                .containsEntry("APPLOBJECT", "VBBK").containsEntry("TEXT_NAME", number)
                .containsEntry("TEXT_ID", "0001").containsEntry("LINE", "Delivery to gate 4");
    }

    @Test
    void takesEnglishDisplayCodesOnlyWithConvert() throws JCoException {
        NewDocument withDisplayCodes = NewDocument.quotation().documentType("QT").withoutCustomer()
                .partner("SP", NewDocument.CUSTOMER).item("M-01", "1");
        JCoContext.begin(destination);
        try {
            assertThat(withDisplayCodes.execute(destination).messages()).anyMatch(BapiCall.Message::isError);
            BapiCall converted = withDisplayCodes.call(destination).set("CONVERT", "X").execute(destination);

            assertThat(converted.messages()).noneMatch(BapiCall.Message::isError);
            assertThat(converted.export("SALESDOCUMENT")).isNotEmpty();
        } finally {
            JCoContext.end(destination);
        }
    }

    @Test
    void unknownNumberGivesEmptyTablesAndNoReturn() throws JCoException {
        BapiCall call = detail("0020999999", "HEADER", "ITEM", "FLOW");

        assertThat(call.table("ORDER_HEADERS_OUT")).isEmpty();
        assertThat(call.table("ORDER_ITEMS_OUT")).isEmpty();
        assertThat(call.function().getTableParameterList().getMetaData().hasField("RETURN")).isFalse();
    }

    @Test
    void answersPingWithoutParameters() throws JCoException {
        BapiCall.of(destination, "RFC_PING").execute(destination);

        assertThat(admin.calls()).extracting(c -> c.function(), c -> c.outcome().name())
                .contains(tuple("RFC_PING", "OK"));
    }
}
