package org.presalesbridge.mocksap.bapi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.sd.CreateRequest;
import org.presalesbridge.mocksap.sd.HeaderData;
import org.presalesbridge.mocksap.sd.Item;
import org.presalesbridge.mocksap.sd.ItemData;
import org.presalesbridge.mocksap.sd.ItemInput;
import org.presalesbridge.mocksap.sd.PricingCondition;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.sd.SdMessage;
import org.presalesbridge.mocksap.sd.SdSession;
import org.presalesbridge.mocksap.sd.SdSimulation;
import org.presalesbridge.mocksap.sd.masterdata.SalesArea;

/**
 * BAPI_SALESORDER_SIMULATE: the check and the pricing of a new sales document of any document type (AF, AG, TA),
 * as its create would do them, with the priced items in ORDER_ITEMS_OUT and their conditions in ORDER_CONDITION_EX;
 * nothing is saved, no number drawn. RETURN (BAPIRETURN) holds the first error; MESSAGETABLE every message.
 *
 * <p>Quantities: TARGET_QTY (packed, 3 decimals) as in the create BAPIs; when it is zero, REQ_QTY, which
 * BAPIITEMIN carries in thousandths (REQ_QTY 1000 is one piece): a well-known trap of this interface.
 */
final class SimulateOrder implements FunctionModule {

    static final String NAME = "BAPI_SALESORDER_SIMULATE";
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList tables = function.getTableParameterList();
        boolean convert = Fields.isX(imports, "CONVERT_PARVW_AUART");
        CreateRequest request = new CreateRequest(header(imports.getStructure("ORDER_HEADER_IN"), convert),
                items(tables.getTable("ORDER_ITEMS_IN")),
                DocumentInput.partners(tables.getTable("ORDER_PARTNERS"), convert),
                List.of(), List.of(), List.of(), "", true);
        SdSimulation simulation = session.simulate(request);
        ReturnMessages.append(tables.getTable("MESSAGETABLE"), simulation.messages());
        simulation.messages().stream().filter(SdMessage::isError).findFirst()
                .ifPresent(error -> ReturnMessages.fillBapiReturn(
                        function.getExportParameterList().getStructure("RETURN"), error));
        if (!simulation.failed()) {
            itemsOut(tables.getTable("ORDER_ITEMS_OUT"), simulation.document());
            conditionsOut(tables.getTable("ORDER_CONDITION_EX"), simulation.document());
        }
    }

    private static HeaderData header(JCoRecord in, boolean convert) {
        String documentType = Fields.text(in, "DOC_TYPE");
        if (convert) {
            documentType = switch (documentType) {
                case "IN" -> "AF";
                case "QT" -> "AG";
                case "OR" -> "TA";
                default -> documentType;
            };
        }
        return new HeaderData(documentType, new SalesArea(Fields.text(in, "SALES_ORG"), Fields.text(in, "DISTR_CHAN"),
                Fields.text(in, "DIVISION")), Fields.text(in, "SALES_GRP"), Fields.text(in, "SALES_OFF"),
                Fields.text(in, "PURCH_NO"), Fields.date(in, "PURCH_DATE"), "", "", null,
                Fields.date(in, "REQ_DATE_H"), Fields.date(in, "PRICE_DATE"), Fields.date(in, "QT_VALID_F"),
                Fields.date(in, "QT_VALID_T"), "", "", "", "", Fields.text(in, "CURRENCY"), "", "");
    }

    private static List<ItemInput> items(JCoTable in) {
        List<ItemInput> items = new ArrayList<>();
        for (int row = 0; row < in.getNumRows(); row++) {
            in.setRow(row);
            BigDecimal quantity = Fields.decimal(in, "TARGET_QTY");
            if (quantity == null || quantity.signum() == 0) {
                quantity = new BigDecimal(Fields.text(in, "REQ_QTY").isEmpty() ? "0" : Fields.text(in, "REQ_QTY"))
                        .divide(THOUSAND);
            }
            String unit = Fields.text(in, "TARGET_QU").isEmpty() ? Fields.text(in, "SALES_UNIT")
                    : Fields.text(in, "TARGET_QU");
            items.add(new ItemInput('I', Fields.text(in, "ITM_NUMBER"), new ItemData(Fields.text(in, "HG_LV_ITEM"),
                    Fields.material(in), quantity, unit, Fields.text(in, "PLANT"),
                    Fields.text(in, "ITEM_CATEG"), Fields.text(in, "SHORT_TEXT"), Fields.text(in, "REASON_REJ"), "",
                    "", "", "", "")));
        }
        return items;
    }

    private static void itemsOut(JCoTable out, SalesDocument document) {
        for (Item item : document.items()) {
            out.appendRow();
            out.setValue("ITM_NUMBER", item.number());
            Fields.setMaterial(out, item.data().material());
            out.setValue("SHORT_TEXT", item.description());
            out.setValue("ITEM_CATEG", item.itemCategory());
            out.setValue("PLANT", item.plant());
            out.setValue("REQ_QTY", item.orderQuantity());
            out.setValue("SALES_UNIT", item.salesUnit());
            out.setValue("NET_VALUE", item.netValue());
            out.setValue("SUBTOTAL_1", item.netValue());
            out.setValue("CURRENCY", document.header().currency());
        }
    }

    private static void conditionsOut(JCoTable out, SalesDocument document) {
        for (Item item : document.items()) {
            PricingCondition condition = item.price();
            if (condition == null) {
                continue;
            }
            out.appendRow();
            out.setValue("ITM_NUMBER", item.number());
            out.setValue("COND_ST_NO", condition.step());
            out.setValue("COND_COUNT", condition.counter());
            out.setValue("COND_TYPE", condition.type());
            out.setValue("COND_VALUE", condition.rate());
            out.setValue("CURRENCY", condition.currency());
            out.setValue("COND_UNIT", condition.unit());
            out.setValue("COND_P_UNT", condition.priceUnit());
        }
    }
}
