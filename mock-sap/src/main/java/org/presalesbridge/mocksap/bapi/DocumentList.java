package org.presalesbridge.mocksap.bapi;

import java.time.LocalDate;
import java.util.List;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.sd.Item;
import org.presalesbridge.mocksap.sd.MessageKey;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.sd.ScheduleLine;
import org.presalesbridge.mocksap.sd.SdSession;
import org.presalesbridge.mocksap.sd.SdSystem;
import org.presalesbridge.mocksap.sd.masterdata.ConversionExits;

/**
 * BAPI_SALESORDER_GETLIST: the committed documents of a customer (CUSTOMER_NUMBER, internal format),
 * one row per item in SALES_ORDERS, narrowed by SALES_ORGANIZATION, DOCUMENT_DATE(_TO), MATERIAL (or MATERIAL_LONG),
 * PURCHASE_ORDER / PURCHASE_ORDER_NUMBER (BSTNK) and TRANSACTION_GROUP (0 orders, the default;
 * 1 inquiries; 2 quotations). Answers in RETURN of the old structure BAPIRETURN.
 */
final class DocumentList implements FunctionModule {

    private static final String ORDERS = "0";

    private final SdSystem system;

    DocumentList(SdSystem system) {
        this.system = system;
    }

    @Override
    public String name() {
        return "BAPI_SALESORDER_GETLIST";
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        JCoParameterList imports = function.getImportParameterList();
        String customer = Fields.text(imports, "CUSTOMER_NUMBER");
        if (system.masterData().customer(customer).isEmpty()) {
            ReturnMessages.fillBapiReturn(function.getExportParameterList().getStructure("RETURN"),
                    system.messages().error(MessageKey.CUSTOMER_UNKNOWN, ConversionExits.alphaOutput(customer)));
            return;
        }
        Filter filter = new Filter(Fields.text(imports, "SALES_ORGANIZATION"), Fields.date(imports, "DOCUMENT_DATE"),
                Fields.date(imports, "DOCUMENT_DATE_TO"), Fields.material(imports),
                Fields.text(imports, "PURCHASE_ORDER"), Fields.text(imports, "PURCHASE_ORDER_NUMBER"),
                Fields.text(imports, "TRANSACTION_GROUP"));
        JCoTable rows = function.getTableParameterList().getTable("SALES_ORDERS");
        for (SalesDocument document : candidates(customer, filter)) {
            if (!filter.selects(document)) {
                continue;
            }
            for (Item item : document.items()) {
                if (filter.material.isEmpty() || filter.material.equals(item.material())) {
                    row(rows, document, item);
                }
            }
        }
    }

    /** The customer's documents, narrowed at once by the purchase order number when one is asked for. */
    private List<SalesDocument> candidates(String customer, Filter filter) {
        String purchaseOrder = !filter.purchaseOrderNumber.isEmpty() ? filter.purchaseOrderNumber
                : filter.purchaseOrder;
        if (purchaseOrder.isEmpty()) {
            return system.committedDocumentsOf(customer);
        }
        return system.committedDocumentsWithPurchaseOrder(purchaseOrder).stream()
                .filter(document -> document.header().soldTo().equals(customer)).toList();
    }

    private record Filter(String salesOrganization, LocalDate from, LocalDate to, String material,
                          String purchaseOrder, String purchaseOrderNumber, String transactionGroup) {

        boolean selects(SalesDocument document) {
            var data = document.header().data();
            String group = transactionGroup.isEmpty() ? ORDERS : transactionGroup;
            LocalDate date = data.documentDate();
            return String.valueOf(document.header().transactionGroup()).equals(group)
                    && (salesOrganization.isEmpty() || salesOrganization.equals(data.salesArea().salesOrganization()))
                    && (from == null || date != null && !date.isBefore(from))
                    && (to == null || date != null && !date.isAfter(to))
                    && (purchaseOrder.isEmpty() || purchaseOrder.equals(data.purchaseOrderNumber()))
                    && (purchaseOrderNumber.isEmpty() || purchaseOrderNumber.equals(data.purchaseOrderNumber()));
        }
    }

    private static void row(JCoTable rows, SalesDocument document, Item item) {
        var header = document.header();
        rows.appendRow();
        rows.setValue("SD_DOC", document.number());
        rows.setValue("ITM_NUMBER", item.number());
        Fields.setMaterial(rows, item.material());
        rows.setValue("SHORT_TEXT", item.description());
        rows.setValue("DOC_TYPE", header.documentType());
        Fields.setDate(rows, "DOC_DATE", header.data().documentDate());
        rows.setValue("REQ_QTY", item.orderQuantity());
        Fields.setDate(rows, "REQ_DATE", item.scheduleLines().stream().map(ScheduleLine::requestedDate)
                .findFirst().orElse(null));
        String purchaseOrder = header.data().purchaseOrderNumber();
        rows.setValue("PURCH_NO", purchaseOrder.length() > 20 ? purchaseOrder.substring(0, 20) : purchaseOrder);
        rows.setValue("PURCH_NO_C", purchaseOrder);
        Fields.setDate(rows, "VALID_FROM", header.data().validFrom());
        Fields.setDate(rows, "VALID_TO", header.data().validTo());
        rows.setValue("SOLD_TO", header.soldTo());
        document.partners().stream().filter(p -> p.role().equals("AG")).findFirst()
                .ifPresent(p -> rows.setValue("NAME", p.name()));
        rows.setValue("BASE_UOM", item.salesUnit());
        rows.setValue("NET_PRICE", item.netPrice());
        rows.setValue("NET_VAL_HD", header.netValue());
        rows.setValue("NET_VALUE", item.netValue());
        rows.setValue("DIVISION", header.data().salesArea().division());
        rows.setValue("DOC_STATUS", statusText(document.overallStatus()));
        rows.setValue("SALES_GRP", header.data().salesGroup());
        rows.setValue("SALES_OFF", header.data().salesOffice());
        rows.setValue("SALES_ORG", header.data().salesArea().salesOrganization());
        rows.setValue("SALES_UNIT", item.salesUnit());
        rows.setValue("DISTR_CHAN", header.data().salesArea().distributionChannel());
        rows.setValue("CURRENCY", header.currency());
        rows.setValue("PLANT", item.plant());
    }

    private static String statusText(char status) {
        return switch (status) {
            case 'C' -> "Completed";
            case 'B' -> "Being processed";
            default -> "Open";
        };
    }
}
