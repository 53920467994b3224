package org.presalesbridge.mocksap.bapi;

import java.math.BigDecimal;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.sd.Dates;
import org.presalesbridge.mocksap.sd.DocumentFlowLink;
import org.presalesbridge.mocksap.sd.Header;
import org.presalesbridge.mocksap.sd.Item;
import org.presalesbridge.mocksap.sd.Partner;
import org.presalesbridge.mocksap.sd.PricingCondition;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.sd.ScheduleLine;
import org.presalesbridge.mocksap.sd.SdSession;
import org.presalesbridge.mocksap.sd.TextLine;

/**
 * BAPISDORDER_GETDETAILEDLIST: the documents named in SALES_DOCUMENTS, in the views flagged in
 * I_BAPI_VIEW (none flagged: the header only). It has no RETURN: a number it does not find gives
 * no rows. The session sees its own uncommitted documents (see docs/simulated-sd.md).
 */
final class DocumentDetail implements FunctionModule {

    @Override
    public String name() {
        return "BAPISDORDER_GETDETAILEDLIST";
    }

    @Override
    public void execute(JCoFunction function, SdSession session) {
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList tables = function.getTableParameterList();
        View view = View.of(imports.getStructure("I_BAPI_VIEW"));
        JCoTable numbers = tables.getTable("SALES_DOCUMENTS");
        for (int row = 0; row < numbers.getNumRows(); row++) {
            numbers.setRow(row);
            session.document(Fields.text(numbers, "VBELN")).ifPresent(document -> {
                if (view.header) {
                    header(tables.getTable("ORDER_HEADERS_OUT"), document);
                }
                if (view.item) {
                    document.items().forEach(item -> item(tables.getTable("ORDER_ITEMS_OUT"), document, item));
                }
                if (view.schedules) {
                    schedules(tables.getTable("ORDER_SCHEDULES_OUT"), document);
                }
                if (view.partner) {
                    document.partners().forEach(p -> partner(tables.getTable("ORDER_PARTNERS_OUT"), document, p));
                }
                if (view.headerStatus) {
                    headerStatus(tables.getTable("ORDER_STATUSHEADERS_OUT"), document);
                }
                if (view.itemStatus) {
                    document.items().forEach(i -> itemStatus(tables.getTable("ORDER_STATUSITEMS_OUT"), document, i));
                }
                if (view.conditions) {
                    conditions(tables.getTable("ORDER_CONDITIONS_OUT"), document);
                }
                if (view.text) {
                    document.texts().forEach(t -> text(tables.getTable("ORDER_TEXTLINES_OUT"), document, t));
                }
                if (view.flow) {
                    session.flowOf(document.number()).forEach(
                            link -> flow(tables.getTable("ORDER_FLOWS_OUT"), document.number(), link));
                }
            });
        }
    }

    /** The flags of I_BAPI_VIEW (ORDER_VIEW). */
    private record View(boolean header, boolean item, boolean schedules, boolean partner, boolean headerStatus,
                        boolean itemStatus, boolean conditions, boolean text, boolean flow) {

        static View of(JCoStructure flags) {
            View view = new View(Fields.isX(flags, "HEADER"), Fields.isX(flags, "ITEM"),
                    Fields.isX(flags, "SDSCHEDULE"), Fields.isX(flags, "PARTNER"), Fields.isX(flags, "STATUS_H"),
                    Fields.isX(flags, "STATUS_I"), Fields.isX(flags, "SDCOND"), Fields.isX(flags, "TEXT"),
                    Fields.isX(flags, "FLOW"));
            boolean none = !(view.header || view.item || view.schedules || view.partner || view.headerStatus
                    || view.itemStatus || view.conditions || view.text || view.flow);
            return none ? new View(true, false, false, false, false, false, false, false, false) : view;
        }
    }

    private static void header(JCoTable table, SalesDocument document) {
        Header header = document.header();
        table.appendRow();
        table.setValue("DOC_NUMBER", header.number());
        Fields.setDate(table, "REC_DATE", header.created().date());
        table.setValue("REC_TIME", Dates.tims(header.created().time()));
        table.setValue("CREATED_BY", header.created().user());
        Fields.setDate(table, "QT_VALID_F", header.data().validFrom());
        Fields.setDate(table, "QT_VALID_T", header.data().validTo());
        Fields.setDate(table, "DOC_DATE", header.data().documentDate());
        table.setValue("SD_DOC_CAT", String.valueOf(header.category()));
        table.setValue("TRAN_GROUP", String.valueOf(header.transactionGroup()));
        table.setValue("DOC_TYPE", header.documentType());
        table.setValue("ORD_REASON", header.data().orderReason());
        table.setValue("NET_VAL_HD", header.netValue());
        table.setValue("CURRENCY", header.currency());
        table.setValue("SALES_ORG", header.data().salesArea().salesOrganization());
        table.setValue("DISTR_CHAN", header.data().salesArea().distributionChannel());
        table.setValue("DIVISION", header.data().salesArea().division());
        table.setValue("SALES_GRP", header.data().salesGroup());
        table.setValue("SALES_OFF", header.data().salesOffice());
        Fields.setDate(table, "REQ_DATE_H", header.data().requestedDeliveryDate());
        // BAPISDHD has only the 20-character PURCH_NO: a longer CRM key comes back cut (as in SAP)
        String purchaseOrder = header.data().purchaseOrderNumber();
        table.setValue("PURCH_NO", purchaseOrder.length() > 20 ? purchaseOrder.substring(0, 20) : purchaseOrder);
        Fields.setDate(table, "PURCH_DATE", header.data().purchaseOrderDate());
        table.setValue("REF_1", header.data().yourReference());
        table.setValue("ORDERER_NA", header.data().ordererName());
        table.setValue("SOLD_TO", header.soldTo());
        Fields.setDate(table, "CH_ON", header.changedOn());
        table.setValue("REF_DOC", header.data().referenceDocument());
        table.setValue("DOC_CAT_SD", header.data().referenceCategory());
    }

    private static void item(JCoTable table, SalesDocument document, Item item) {
        table.appendRow();
        table.setValue("DOC_NUMBER", document.number());
        table.setValue("ITM_NUMBER", item.number());
        Fields.setMaterial(table, item.material());
        table.setValue("MAT_ENTRD", table.getString("MATERIAL"));
        table.setValue("MATL_GROUP", item.materialGroup());
        table.setValue("SHORT_TEXT", item.description());
        table.setValue("ITEM_CATEG", item.itemCategory());
        table.setValue("HG_LV_ITEM", item.data().higherLevelItem());
        table.setValue("REA_FOR_RE", item.data().rejectionReason());
        table.setValue("TARGET_QTY", item.data().targetQuantity());
        table.setValue("TARGET_QU", item.data().targetUnit());
        table.setValue("REQ_QTY", item.orderQuantity());
        table.setValue("SALES_UNIT", item.salesUnit());
        table.setValue("BASE_UOM", item.salesUnit());
        table.setValue("NET_VALUE", item.netValue());
        table.setValue("NET_PRICE", item.netPrice());
        if (item.price() != null) {
            table.setValue("COND_P_UNT", item.price().priceUnit());
            table.setValue("COND_UNIT", item.price().unit());
        }
        table.setValue("CURRENCY", document.header().currency());
        table.setValue("PLANT", item.plant());
        table.setValue("REF_DOC", item.data().referenceDocument());
        table.setValue("POSNR_VOR", item.data().referenceItem());
        table.setValue("DOC_CAT_SD", item.data().referenceCategory());
        table.setValue("ORDER_PROB", item.data().orderProbability());
        Fields.setDate(table, "CREAT_DATE", item.created().date());
        table.setValue("REC_TIME", Dates.tims(item.created().time()));
        table.setValue("CREATED_BY", item.created().user());
        Fields.setDate(table, "CH_ON", item.changedOn());
    }

    private static void schedules(JCoTable table, SalesDocument document) {
        for (Item item : document.items()) {
            for (ScheduleLine line : item.scheduleLines()) {
                table.appendRow();
                table.setValue("DOC_NUMBER", document.number());
                table.setValue("ITM_NUMBER", item.number());
                table.setValue("SCHED_LINE", line.number());
                Fields.setDate(table, "REQ_DATE", line.requestedDate());
                table.setValue("REQ_QTY", line.quantity());
                table.setValue("CONFIR_QTY", BigDecimal.ZERO);
                table.setValue("SALES_UNIT", item.salesUnit());
                table.setValue("DATE_TYPE", "1");
            }
        }
    }

    private static void partner(JCoTable table, SalesDocument document, Partner partner) {
        table.appendRow();
        table.setValue("SD_DOC", document.number());
        table.setValue("ITM_NUMBER", partner.item());
        table.setValue("PARTN_ROLE", partner.role());
        table.setValue("CUSTOMER", partner.customer());
        table.setValue("COUNTRY", partner.country());
    }

    private static void headerStatus(JCoTable table, SalesDocument document) {
        table.appendRow();
        table.setValue("SD_DOC", document.number());
        table.setValue("PRC_STAT_H", String.valueOf(document.overallStatus()));
        table.setValue("OVERALLREJ", String.valueOf(document.rejectionStatus()));
        table.setValue("TOTREFSTAT", document.items().stream().allMatch(i -> i.referenceStatus() == Item.COMPLETED)
                && !document.items().isEmpty() ? "C" : "A");
        table.setValue("SD_DOC_CAT", String.valueOf(document.category()));
        Fields.setDate(table, "CH_ON", document.header().changedOn());
    }

    private static void itemStatus(JCoTable table, SalesDocument document, Item item) {
        table.appendRow();
        table.setValue("SD_DOC", document.number());
        table.setValue("ITM_NUMBER", item.number());
        table.setValue("REFERNSTAT", String.valueOf(item.referenceStatus()));
        table.setValue("REJSTATIT", item.rejected() ? "C" : "A");
        table.setValue("OVRPROCSTA", item.open() ? "A" : "C");
    }

    private static void conditions(JCoTable table, SalesDocument document) {
        for (Item item : document.items()) {
            PricingCondition condition = item.price();
            if (condition == null) {
                continue;
            }
            table.appendRow();
            table.setValue("SD_DOC", document.number());
            table.setValue("ITM_NUMBER", item.number());
            table.setValue("COND_ST_NO", condition.step());
            table.setValue("COND_COUNT", condition.counter());
            table.setValue("COND_TYPE", condition.type());
            Fields.setDate(table, "CONPRICDAT", document.header().data().pricingDate());
            table.setValue("CONBASEVAL", condition.baseQuantity());
            table.setValue("SDCURRENCY", document.header().currency());
            table.setValue("COND_VALUE", condition.rate());
            table.setValue("CURRENCY", condition.currency());
            table.setValue("COND_P_UNT", condition.priceUnit());
            table.setValue("COND_D_UNT", condition.unit());
            table.setValue("CONDVALUE", condition.value());
            table.setValue("CONDCHAMAN", condition.manual() ? "X" : "");
        }
    }

    private static void text(JCoTable table, SalesDocument document, TextLine line) {
        boolean header = line.item().equals(Partner.HEADER_ITEM);
        table.appendRow();
        table.setValue("APPLOBJECT", header ? "VBBK" : "VBBP");
        table.setValue("TEXT_NAME", header ? document.number() : document.number() + line.item());
        table.setValue("TEXT_ID", line.textId());
        table.setValue("LANGU", line.language());
        table.setValue("LINE", line.line());
        table.setValue("FORMAT_COL", line.formatColumn());
    }

    private static void flow(JCoTable table, String document, DocumentFlowLink link) {
        table.appendRow();
        table.setValue("SD_DOC", document);
        table.setValue("PRECSDDOC", link.precedingDocument());
        table.setValue("PREDITDOC", link.precedingItem());
        table.setValue("DOC_CAT_SD", String.valueOf(link.precedingCategory()));
        table.setValue("SUBSSDDOC", link.subsequentDocument());
        table.setValue("SUBSITDOC", link.subsequentItem());
        table.setValue("DOCCATEGOR", String.valueOf(link.subsequentCategory()));
        table.setValue("REF_QTY", link.quantity());
        table.setValue("BASE_UOM", link.unit());
        table.setValue("REFERENVAL", link.value());
        table.setValue("STATISCURR", link.currency());
        Fields.setDate(table, "CREAT_DATE", link.createdOn());
        table.setValue("REC_TIME", Dates.tims(link.createdAt()));
    }
}
