package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;

class DocumentChangeTest extends SdTestSupport {

    @Test
    void changesQuotationHeaderAndAnswersV1311() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        BapiCall call = changeAndCommit(DocumentChange.quotation(number)
                .header("PURCH_NO_C", "CRM-NEW-KEY").header("QT_VALID_T", NewDocument.date(LocalDate.of(2031, 12, 31))));

        assertThat(call.messages()).extracting(BapiCall.Message::code).endsWith("S V1 311");
        assertThat(call.messages().get(call.messages().size() - 1).text())
                .isEqualTo("Quotation 20000000 has been saved");
        Map<String, String> header = header(number);
        assertThat(header).containsEntry("PURCH_NO", "CRM-NEW-KEY");
        assertThat(header.get("QT_VALID_T")).contains("2031");
    }

    @Test
    void changesItemQuantityThroughItsScheduleLineAndPricesAgain() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        changeAndCommit(DocumentChange.quotation(number).scheduleLine("U", "000010", "0001", "4"));

        Map<String, String> item = detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0);
        assertThat(new BigDecimal(item.get("REQ_QTY"))).isEqualByComparingTo("4");
        assertThat(new BigDecimal(item.get("NET_VALUE"))).isEqualByComparingTo("7560.00");
        assertThat(new BigDecimal(header(number).get("NET_VAL_HD"))).isEqualByComparingTo("7560.00");
    }

    @Test
    void aQuantityWhoseNetValueSapCannotHoldIsARuntimeErrorAndChangesNothing() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        // 9,999,999,999.999 pieces at 1,890.00: more than NETWR's 13 digits before the point
        assertThatThrownBy(() -> changeAndCommit(DocumentChange.quotation(number)
                .scheduleLine("U", "000010", "0001", "9999999999.999")))
                .isInstanceOfSatisfying(JCoException.class,
                        e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_SYSTEM_FAILURE));

        Map<String, String> item = detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0);
        assertThat(new BigDecimal(item.get("REQ_QTY"))).isEqualByComparingTo("1");
        assertThat(new BigDecimal(header(number).get("NET_VAL_HD"))).isEqualByComparingTo("1890.00");
    }

    @Test
    void aScheduleLineOfAnItemTheDocumentDoesNotHaveIsRefusedNamingTheDocument() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        BapiCall call = changeAndCommit(DocumentChange.quotation(number).scheduleLine("U", "000030", "0001", "4"));

        assertThat(call.messages()).extracting(BapiCall.Message::code, BapiCall.Message::text)
                .contains(tuple("E V1 402", "Item 000030 does not exist in document 20000000"));
        assertThat(call.messages()).extracting(BapiCall.Message::code).endsWith("E V4 219");
    }

    @Test
    void targetQuantityChangeAloneLeavesTheOrderQuantity() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "2"));

        changeAndCommit(DocumentChange.quotation(number).item("U", "000010", "TARGET_QTY", new BigDecimal("9")));

        Map<String, String> item = detail(number, "ITEM").table("ORDER_ITEMS_OUT").get(0);
        assertThat(new BigDecimal(item.get("TARGET_QTY"))).isEqualByComparingTo("9");
        assertThat(new BigDecimal(item.get("REQ_QTY"))).isEqualByComparingTo("2");
    }

    @Test
    void rejectsItemWithReasonAndLeavesItOutOfTheNetValue() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1").item("M-05", "2"));

        changeAndCommit(DocumentChange.quotation(number).item("U", "000010", "REASON_REJ", "02"));

        assertThat(detail(number, "ITEM").table("ORDER_ITEMS_OUT"))
                .extracting(i -> i.get("ITM_NUMBER"), i -> i.get("REA_FOR_RE"))
                .containsExactly(tuple("000010", "02"), tuple("000020", ""));
        assertThat(new BigDecimal(header(number).get("NET_VAL_HD"))).isEqualByComparingTo("373.00");
        assertThat(detail(number, "STATUS_H").table("ORDER_STATUSHEADERS_OUT").get(0))
                .containsEntry("OVERALLREJ", "B").containsEntry("PRC_STAT_H", "B");
    }

    @Test
    void insertsAndDeletesItems() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1").item("M-02", "1"));

        changeAndCommit(DocumentChange.quotation(number)
                .item("I", "000030", "MATERIAL", "M-03", "TARGET_QTY", new BigDecimal("2"))
                .item("D", "000010"));

        assertThat(detail(number, "ITEM").table("ORDER_ITEMS_OUT")).extracting(i -> i.get("ITM_NUMBER"),
                i -> i.get("MATERIAL")).containsExactly(tuple("000020", "M-02"), tuple("000030", "M-03"));
    }

    @Test
    void changesShipToPartnerThroughPartnerChanges() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        changeAndCommit(DocumentChange.quotation(number).partnerChange("U", "WE", "0000001000", "0000001003"));

        assertThat(detail(number, "PARTNER").table("ORDER_PARTNERS_OUT"))
                .extracting(p -> p.get("PARTN_ROLE"), p -> p.get("CUSTOMER"))
                .contains(tuple("WE", "0000001003"), tuple("AG", "0000001000"));
    }

    @Test
    void simulationChecksAndSavesNothing() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().item("M-01", "1"));

        BapiCall call = changeAndCommit(DocumentChange.quotation(number).header("PURCH_NO_C", "SIMULATED")
                .simulation());

        assertThat(call.messages()).noneMatch(BapiCall.Message::isError)
                .noneMatch(m -> m.code().equals("S V1 311"));
        assertThat(header(number).get("PURCH_NO")).isNotEqualTo("SIMULATED");
        assertThat(readTable("CDHDR", List.of("OBJECTID")).table("DATA")).isEmpty();
    }

    @Test
    void changesInquiryThroughItsOwnBapi() throws JCoException {
        String inquiry = createAndCommit(NewDocument.inquiry().item("M-01", "1"));

        BapiCall call = changeAndCommit(DocumentChange.inquiry(inquiry).header("PURCH_NO_C", "INQ-2"));

        assertThat(call.messages()).extracting(BapiCall.Message::text).contains("Inquiry 10000000 has been saved");
        assertThat(header(inquiry)).containsEntry("PURCH_NO", "INQ-2");
    }

    @Test
    void writesChangeDocumentsWithDateTimeUserAndTransaction() throws JCoException {
        String number = createAndCommit(NewDocument.quotation().purchaseOrder("ORIGINAL").item("M-01", "1"));
        assertThat(readTable("CDHDR", List.of("OBJECTID")).table("DATA")).isEmpty();

        changeAndCommit(DocumentChange.quotation(number).header("PURCH_NO_C", "CHANGED")
                .scheduleLine("U", "000010", "0001", "3"));

        List<List<String>> headers = rows(readTable("CDHDR",
                List.of("OBJECTCLAS", "OBJECTID", "CHANGENR", "USERNAME", "UDATE", "UTIME", "TCODE", "CHANGE_IND"),
                "OBJECTCLAS = 'VERKBELEG' AND OBJECTID = '" + number + "'"));
        assertThat(headers).hasSize(1);
        List<String> cdhdr = headers.get(0);
        assertThat(cdhdr.subList(0, 4)).containsExactly("VERKBELEG", number, "0000000001", MockSapTestSystem.USER);
        assertThat(cdhdr.get(4)).isEqualTo(LocalDate.now().format(DateTimeFormatter.BASIC_ISO_DATE));
        assertThat(cdhdr.get(5)).matches("\\d{6}");
        assertThat(cdhdr.subList(6, 8)).containsExactly("VA22", "U");

        // VALUE_NEW and VALUE_OLD (254 each) do not fit into one 512-character DATA row together
        String thisDocument = "OBJECTID = '" + number + "'";
        assertThat(rows(readTable("CDPOS", List.of("TABNAME", "FNAME", "CHNGIND", "VALUE_NEW"), thisDocument)))
                .contains(List.of("VBAK", "BSTNK", "U", "CHANGED"), List.of("VBAP", "KWMENG", "U", "3.000"),
                        List.of("VBEP", "WMENG", "U", "3.000"));
        assertThat(rows(readTable("CDPOS", List.of("TABNAME", "FNAME", "VALUE_OLD"), thisDocument)))
                .contains(List.of("VBAK", "BSTNK", "ORIGINAL"), List.of("VBAP", "KWMENG", "1.000"),
                        List.of("VBEP", "WMENG", "1.000"));
    }
}
