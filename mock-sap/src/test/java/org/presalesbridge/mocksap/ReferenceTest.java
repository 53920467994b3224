package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;
import org.presalesbridge.mocksap.server.UserActionResult;

/** Create with reference: items copied, document flow visible from both documents. */
class ReferenceTest extends SdTestSupport {

    @Test
    void createsQuotationWithReferenceToInquiry() throws JCoException {
        String inquiry = createAndCommit(NewDocument.inquiry().item("M-01", "2").item("M-05", "10"));

        String quotation = createAndCommit(NewDocument.quotation().reference(inquiry, "A"));

        assertThat(detail(quotation, "ITEM").table("ORDER_ITEMS_OUT"))
                .extracting(i -> i.get("ITM_NUMBER"), i -> i.get("MATERIAL"), i -> i.get("REF_DOC"),
                        i -> i.get("POSNR_VOR"))
                .containsExactly(tuple("000010", "M-01", inquiry, "000010"),
                        tuple("000020", "M-05", inquiry, "000020"));
        assertThat(header(quotation)).containsEntry("REF_DOC", inquiry).containsEntry("DOC_CAT_SD", "A");
        for (String document : List.of(inquiry, quotation)) {
            List<Map<String, String>> flow = detail(document, "FLOW").table("ORDER_FLOWS_OUT");
            assertThat(flow).extracting(f -> f.get("PRECSDDOC"), f -> f.get("PREDITDOC"), f -> f.get("SUBSSDDOC"),
                            f -> f.get("SUBSITDOC"), f -> f.get("DOCCATEGOR"))
                    .containsExactly(tuple(inquiry, "000010", quotation, "000010", "B"),
                            tuple(inquiry, "000020", quotation, "000020", "B"));
        }
        assertThat(detail(inquiry, "STATUS_H").table("ORDER_STATUSHEADERS_OUT").get(0))
                .containsEntry("PRC_STAT_H", "C");
        assertThat(rows(readTable("VBFA", List.of("VBELV", "VBELN", "VBTYP_N"), "VBELV = '" + inquiry + "'")))
                .containsOnly(List.of(inquiry, quotation, "B"));
    }

    @Test
    void referencedItemKeepsTheQuantityTheCallerSends() throws JCoException {
        String inquiry = createAndCommit(NewDocument.inquiry().item("M-01", "2"));

        String quotation = createAndCommit(NewDocument.quotation().reference(inquiry, "A")
                .itemWith("REF_DOC", inquiry, "REF_DOC_IT", "000010", "REF_DOC_CA", "A",
                        "TARGET_QTY", new BigDecimal("5")));

        Map<String, String> item = detail(quotation, "ITEM").table("ORDER_ITEMS_OUT").get(0);
        assertThat(item).containsEntry("MATERIAL", "M-01").containsEntry("POSNR_VOR", "000010");
        assertThat(new BigDecimal(item.get("REQ_QTY"))).isEqualByComparingTo("5");
    }

    @Test
    void userTurnsQuotationIntoSalesOrder() throws JCoException {
        String quotation = createAndCommit(NewDocument.quotation().purchaseOrder("CRM-77").item("M-01", "1")
                .item("M-02", "1"));

        UserActionResult order = admin.createOrderFromQuotation("CLERK", quotation);

        assertThat(order.saved()).isTrue();
        assertThat(order.documentNumber()).isEqualTo("0000000001");
        assertThat(header(order.documentNumber())).containsEntry("DOC_TYPE", "TA").containsEntry("SD_DOC_CAT", "C")
                .containsEntry("REF_DOC", quotation).containsEntry("PURCH_NO", "CRM-77")
                .containsEntry("CREATED_BY", "CLERK");
        assertThat(detail(quotation, "FLOW").table("ORDER_FLOWS_OUT"))
                .extracting(f -> f.get("SUBSSDDOC"), f -> f.get("DOCCATEGOR"))
                .containsOnly(tuple("0000000001", "C"));
        assertThat(detail(quotation, "STATUS_H").table("ORDER_STATUSHEADERS_OUT").get(0))
                .containsEntry("PRC_STAT_H", "C");
    }

    @Test
    void completedQuotationItemCannotBeChangedAnyMore() throws JCoException {
        String quotation = createAndCommit(NewDocument.quotation().item("M-01", "1"));
        admin.createOrderFromQuotation("CLERK", quotation);

        BapiCall call = changeAndCommit(DocumentChange.quotation(quotation).scheduleLine("U", "000010", "0001", "9")
                .item("U", "000010", "REASON_REJ", "02"));

        assertThat(call.messages().get(0).code()).isEqualTo("E V1 407");
    }
}
