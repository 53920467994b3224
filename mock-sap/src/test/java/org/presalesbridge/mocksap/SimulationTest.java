package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.Test;

/** BAPI_SALESORDER_SIMULATE: SD's check and pricing of a new document, saving nothing and drawing no number. */
class SimulationTest extends SdTestSupport {

    private BapiCall simulate(String documentType, String customer, Object[]... items) throws JCoException {
        BapiCall call = BapiCall.of(destination, "BAPI_SALESORDER_SIMULATE")
                .structure("ORDER_HEADER_IN", "DOC_TYPE", documentType, "SALES_ORG", "1000", "DISTR_CHAN", "10",
                        "DIVISION", "00", "QT_VALID_F", NewDocument.date(LocalDate.of(2030, 1, 1)),
                        "QT_VALID_T", NewDocument.date(LocalDate.of(2030, 3, 31)))
                .row("ORDER_PARTNERS", "PARTN_ROLE", "AG", "PARTN_NUMB", customer);
        for (Object[] item : items) {
            call.row("ORDER_ITEMS_IN", item);
        }
        return call.execute(destination);
    }

    @Test
    void pricesEachItemAndSavesNothing() throws JCoException {
        BapiCall call = simulate("AG", NewDocument.CUSTOMER,
                new Object[] {"ITM_NUMBER", "000010", "MATERIAL", "M-01", "TARGET_QTY", new BigDecimal("3"),
                        "TARGET_QU", "ST"},
                new Object[] {"ITM_NUMBER", "000020", "MATERIAL", "M-11", "TARGET_QTY", new BigDecimal("20"),
                        "TARGET_QU", "ST"});

        assertThat(call.exportStructure("RETURN").get("TYPE")).isEmpty();
        List<Map<String, String>> items = call.table("ORDER_ITEMS_OUT");
        assertThat(items).extracting(i -> i.get("ITM_NUMBER"), i -> i.get("MATERIAL"), i -> i.get("CURRENCY"))
                .containsExactly(tuple("000010", "M-01", "EUR"), tuple("000020", "M-11", "EUR"));
        assertThat(new BigDecimal(items.get(0).get("NET_VALUE"))).isEqualByComparingTo("5670.00");
        assertThat(new BigDecimal(items.get(1).get("NET_VALUE"))).isEqualByComparingTo("196.00");
        assertThat(call.table("ORDER_CONDITION_EX")).extracting(c -> c.get("COND_TYPE")).containsOnly("PR00");
        assertThat(call.export("SALESDOCUMENT")).isEmpty();
        assertThat(admin.ledgerCounts().documentsCreated()).isZero();
        assertThat(createAndCommit(NewDocument.quotation().item("M-01", "1")))
                .as("no number was used up").isEqualTo("0020000000");
    }

    @Test
    void takesS4sLongMaterialNumberAndAnswersIt() throws JCoException {
        BapiCall call = simulate("AG", NewDocument.CUSTOMER,
                new Object[] {"ITM_NUMBER", "000010", "MATERIAL_LONG", "M-01", "TARGET_QTY", new BigDecimal("3"),
                        "TARGET_QU", "ST"});

        Map<String, String> item = call.table("ORDER_ITEMS_OUT").get(0);
        assertThat(item).containsEntry("MATERIAL_LONG", "M-01").containsEntry("MATERIAL", "M-01");
        assertThat(new BigDecimal(item.get("NET_VALUE"))).isEqualByComparingTo("5670.00");
    }

    @Test
    void takesRequestedQuantitiesInThousandthsWhenNoTargetQuantityIsGiven() throws JCoException {
        BapiCall call = simulate("AF", NewDocument.CUSTOMER,
                new Object[] {"ITM_NUMBER", "000010", "MATERIAL", "M-01", "REQ_QTY", "2000", "SALES_UNIT", "ST"});

        Map<String, String> item = call.table("ORDER_ITEMS_OUT").get(0);
        assertThat(new BigDecimal(item.get("REQ_QTY"))).isEqualByComparingTo("2");
        assertThat(new BigDecimal(item.get("NET_VALUE"))).isEqualByComparingTo("3780.00");
    }

    @Test
    void answersSdsErrorsInReturnAndMessagetableAndPricesNothing() throws JCoException {
        BapiCall call = simulate("AG", "0000002000",
                new Object[] {"ITM_NUMBER", "000010", "MATERIAL", "M-99", "TARGET_QTY", BigDecimal.ONE,
                        "TARGET_QU", "ST"});

        Map<String, String> first = call.exportStructure("RETURN");
        assertThat(first.get("TYPE")).isEqualTo("E");
        assertThat(first.get("CODE")).isEqualTo("VS406");
        assertThat(call.table("MESSAGETABLE")).extracting(m -> m.get("TYPE") + " " + m.get("ID") + " " + m.get("NUMBER"))
                .contains("E VS 406", "E V1 392");
        assertThat(call.table("ORDER_ITEMS_OUT")).isEmpty();
    }

    @Test
    void checksAQuotationsValidityAsItsCreateWould() throws JCoException {
        BapiCall call = BapiCall.of(destination, "BAPI_SALESORDER_SIMULATE")
                .structure("ORDER_HEADER_IN", "DOC_TYPE", "AG", "SALES_ORG", "1000", "DISTR_CHAN", "10",
                        "DIVISION", "00")
                .row("ORDER_PARTNERS", "PARTN_ROLE", "AG", "PARTN_NUMB", NewDocument.CUSTOMER)
                .row("ORDER_ITEMS_IN", "ITM_NUMBER", "000010", "MATERIAL", "M-01", "TARGET_QTY", BigDecimal.ONE,
                        "TARGET_QU", "ST")
                .execute(destination);

        assertThat(call.exportStructure("RETURN").get("CODE")).isEqualTo("V1397");
    }
}
