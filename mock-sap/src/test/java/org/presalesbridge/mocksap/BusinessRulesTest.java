package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;

/** Each SD rule answered the SAP way: an E row with class, number, variables, then V4 219; nothing saved. */
class BusinessRulesTest extends SdTestSupport {

    /** Creates in a session of its own and rolls back; the call's RETURN rows. */
    private List<BapiCall.Message> rejected(NewDocument document) throws JCoException {
        JCoContext.begin(destination);
        try {
            BapiCall call = document.execute(destination);
            assertThat(call.export("SALESDOCUMENT")).isEmpty();
            rollback(destination);
            return call.messages();
        } finally {
            JCoContext.end(destination);
        }
    }

    private static void assertRejectedWith(List<BapiCall.Message> messages, String code, String text) {
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo(code);
            assertThat(m.text()).isEqualTo(text);
        });
        assertThat(messages.get(messages.size() - 1).code()).isEqualTo("E V4 219");
        assertThat(messages).noneMatch(m -> m.code().equals("S V1 311"));
    }

    @Test
    void unknownCustomerIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().customer("0000009999").item("M-01", "1")),
                "E VP 109", "Customer 9999 does not exist");
    }

    @Test
    void customerNumberWithoutLeadingZerosIsUnknownBecauseRfcRunsNoConversionExit() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().customer("1000").item("M-01", "1")),
                "E VP 109", "Customer 1000 does not exist");
    }

    @Test
    void customerNotCreatedInTheSalesAreaIsRejectedWithVs406() throws JCoException {
        List<BapiCall.Message> messages = rejected(NewDocument.quotation().customer("0000002000").item("M-01", "1"));

        assertRejectedWith(messages, "E VS 406", "Customer 2000 is not created in sales area 1000 10 00");
        assertThat(messages.get(0).parameter()).isEqualTo("SALES_PARTNERS");
    }

    @Test
    void customerBlockedForSalesIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().customer("0000001999").item("M-01", "1")),
                "E VP 251", "Customer 1999 is blocked for sales (order block 01)");
    }

    @Test
    void documentWithoutSoldToPartyIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().withoutCustomer().item("M-01", "1")),
                "E VP 112", "Please enter sold-to party or ship-to party");
    }

    @Test
    void unknownMaterialIsRejectedAtItsRowAndField() throws JCoException {
        List<BapiCall.Message> messages = rejected(NewDocument.quotation().item("M-01", "1").item("M-77", "1"));

        assertRejectedWith(messages, "E M3 305", "Material M-77 does not exist or is not activated");
        assertThat(messages.get(0)).extracting(BapiCall.Message::parameter, BapiCall.Message::row,
                BapiCall.Message::field).containsExactly("SALES_ITEM_IN", "2", "MATERIAL");
    }

    @Test
    void numericMaterialWithoutLeadingZerosIsUnknown() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().item("100200", "1")),
                "E M3 305", "Material 100200 does not exist or is not activated");
    }

    @Test
    void materialNotReleasedForTheSalesOrganizationIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().item("M-99", "1")), "E V1 392",
                "Material M-99 is not defined for sales org.1000, distr.chan.10, language EN");
    }

    @Test
    void unknownUnitIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().item("M-01", "1", "PC")), "E V1 394",
                "Unit of measure PC is not defined");
    }

    @Test
    void unitOtherThanTheMaterialsIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().item("M-01", "1", "KG")), "E V1 395",
                "Unit of measure KG is not defined for material M-01");
    }

    @Test
    void quantityOfZeroIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().item("M-01", "0")), "E V1 396",
                "Enter a quantity greater than zero for item 000010");
    }

    @Test
    void negativeScheduleLineQuantityIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation()
                        .itemWith("ITM_NUMBER", "000010", "MATERIAL", "M-01").scheduleLine("000010", "-1")),
                "E V1 396", "Enter a quantity greater than zero for item 000010");
    }

    @Test
    void quotationWithoutValidityPeriodIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().validity(null, null).item("M-01", "1")), "E V1 397",
                "Enter the validity period (valid from, valid to) of Quotation");
    }

    @Test
    void inquiryNeedsNoValidityPeriod() throws JCoException {
        assertThat(createAndCommit(NewDocument.inquiry().validity(null, null).item("M-01", "1")))
                .isEqualTo("0010000000");
    }

    @Test
    void quotationWithEndBeforeStartIsRejected() throws JCoException {
        LocalDate start = LocalDate.of(2031, 3, 1);
        assertRejectedWith(rejected(NewDocument.quotation().validity(start, start.minusDays(1)).item("M-01", "1")),
                "E V1 398", "Valid-to date 20310228 lies before valid-from date 20310301");
    }

    @Test
    void quotationTypeThroughTheInquiryBapiIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.inquiry().documentType("AG").item("M-01", "1")), "E V1 381",
                "Sales document type AG cannot be used for Inquiry");
    }

    @Test
    void unknownSalesAreaIsRejectedWithCz115() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().salesOrganization("3000").item("M-01", "1")),
                "E CZ 115", "Sales area 3000 10 00 does not exist");
    }

    @Test
    void unknownReferenceDocumentIsRejected() throws JCoException {
        assertRejectedWith(rejected(NewDocument.quotation().reference("0010999999", "A")), "E V1 399",
                "Reference document 10999999 does not exist");
    }

    @Test
    void referenceOfTheWrongCategoryIsRejected() throws JCoException {
        String quotation = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        assertRejectedWith(rejected(NewDocument.quotation().reference(quotation, "B")), "E V1 400",
                "Copying from 20000000 (category B) into document type AG is not allowed");
    }

    @Test
    void reportsEveryBrokenRuleNotOnlyTheFirst() throws JCoException {
        List<BapiCall.Message> messages = rejected(NewDocument.quotation().validity(null, null)
                .item("M-77", "1").item("M-01", "0"));

        assertThat(messages).extracting(BapiCall.Message::code)
                .containsExactly("E V1 397", "E M3 305", "E V1 396", "E V4 219");
    }

    @Test
    void rejectedCreateDrawsNoNumber() throws JCoException {
        rejected(NewDocument.quotation().item("M-77", "1"));

        assertThat(createAndCommit(NewDocument.quotation().item("M-01", "1"))).isEqualTo("0020000000");
    }

    @Test
    void changeOfAnUnknownDocumentIsRejectedWithV1302() throws JCoException {
        BapiCall call = changeAndCommit(DocumentChange.quotation("0020999999").header("PURCH_NO_C", "X-1"));

        assertThat(call.messages()).extracting(BapiCall.Message::code, BapiCall.Message::text).containsExactly(
                tuple("E V1 302",
                        "SD document 20999999 is not in the database or has been archived"),
                tuple("E V4 219", "Sales document was not changed"));
    }

    @Test
    void changeOfAnInquiryThroughTheQuotationBapiIsRejected() throws JCoException {
        String inquiry = createAndCommit(NewDocument.inquiry().item("M-01", "1"));

        BapiCall call = changeAndCommit(DocumentChange.quotation(inquiry).header("PURCH_NO_C", "X-1"));

        assertThat(call.messages().get(0).code()).isEqualTo("E V1 356");
    }

    @Test
    void unknownReasonForRejectionIsRejected() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        BapiCall call = changeAndCommit(DocumentChange.quotation(number).item("U", "000010", "REASON_REJ", "77"));

        assertThat(call.messages().get(0).code()).isEqualTo("E V1 406");
        assertThat(detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0)).containsEntry("REA_FOR_RE", "");
    }

    @Test
    void changeWithoutUpdateFlagInTheHeaderCheckboxIsRejected() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        BapiCall call = changeAndCommit(DocumentChange.quotation(number).headerUpdateFlag("")
                .header("PURCH_NO_C", "NEW"));

        assertThat(call.messages()).extracting(BapiCall.Message::code).containsExactly("E V1 405", "E V4 219");
        assertThat(header(number).get("PURCH_NO")).isNotEqualTo("NEW");
    }

    @Test
    void scheduleLineChangeToZeroIsRejected() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "5"));

        BapiCall call = changeAndCommit(DocumentChange.quotation(number).scheduleLine("U", "000010", "0001", "0"));

        assertThat(call.messages().get(0).code()).isEqualTo("E V1 396");
        assertThat(new BigDecimal(detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0).get("REQ_QTY")))
                .isEqualByComparingTo("5");
    }
}
