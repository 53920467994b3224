package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;

/** BAPI_SALESORDER_GETLIST: how the adapter finds a document by the CRM's key. */
class DocumentListTest extends SdTestSupport {

    private BapiCall list(String customer, String transactionGroup, String purchaseOrder) throws JCoException {
        BapiCall call = BapiCall.of(destination, "BAPI_SALESORDER_GETLIST").set("CUSTOMER_NUMBER", customer)
                .set("SALES_ORGANIZATION", "1000");
        if (transactionGroup != null) {
            call.set("TRANSACTION_GROUP", transactionGroup);
        }
        if (purchaseOrder != null) {
            call.set("PURCHASE_ORDER_NUMBER", purchaseOrder);
        }
        return call.execute(destination);
    }

    @Test
    void findsQuotationByCustomerAndPurchaseOrderNumber() throws JCoException {
        String wanted = createAndCommit(NewDocument.quotation().purchaseOrder("CRM-4711").item("M-01", "1")
                .item("M-02", "1"));
        createAndCommit(NewDocument.quotation().purchaseOrder("CRM-4712").item("M-01", "1"));

        List<Map<String, String>> rows = list("0000001000", "2", "CRM-4711").table("SALES_ORDERS");

        assertThat(rows).extracting(r -> r.get("SD_DOC")).containsExactly(wanted, wanted);
        assertThat(rows.get(0)).containsEntry("PURCH_NO_C", "CRM-4711").containsEntry("DOC_TYPE", "AG")
                .containsEntry("ITM_NUMBER", "000010").containsEntry("SOLD_TO", "0000001000");
    }

    @Test
    void listsOnlySalesOrdersWhenNoTransactionGroupIsGiven() throws JCoException {
        createAndCommit(NewDocument.quotation().item("M-01", "1"));

        assertThat(list("0000001000", null, null).table("SALES_ORDERS")).isEmpty();
        assertThat(list("0000001000", "2", null).table("SALES_ORDERS")).hasSize(1);
    }

    @Test
    void listsInquiriesWithTransactionGroupOne() throws JCoException {
        String inquiry = createAndCommit(NewDocument.inquiry().item("M-01", "1"));
        createAndCommit(NewDocument.quotation().item("M-01", "1"));

        assertThat(list("0000001000", "1", null).table("SALES_ORDERS")).extracting(r -> r.get("SD_DOC"))
                .containsExactly(inquiry);
    }

    @Test
    void doesNotListUncommittedDocuments() throws JCoException {
        JCoContext.begin(destination);
        try {
            NewDocument.quotation().purchaseOrder("CRM-OPEN").item("M-01", "1").execute(destination);

            assertThat(list("0000001000", "2", "CRM-OPEN").table("SALES_ORDERS")).isEmpty();
        } finally {
            JCoContext.end(destination);
        }
    }

    @Test
    void unknownCustomerAnswersInTheOldReturnStructure() throws JCoException {
        Map<String, String> answer = list("1000", "2", null).exportStructure("RETURN");

        assertThat(answer).containsEntry("TYPE", "E").containsEntry("CODE", "VP109")
                .containsEntry("MESSAGE", "Customer 1000 does not exist");
    }
}
