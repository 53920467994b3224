package org.presalesbridge.sap.jco;

import java.time.LocalDate;
import java.util.List;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.Item;
import org.presalesbridge.document.ItemChange;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.translation.Alpha;
import org.presalesbridge.translation.CodeTables;
import org.presalesbridge.translation.SapDates;

/**
 * Fills the parameters of the create and change BAPIs from the CRM's document, translating every value into
 * SAP's internal format (RFC runs no conversion exits): ALPHA numbers, material numbers, SAP units, partner
 * functions, document types, DATS dates. Quantities go into schedule lines (REQ_QTY), which decide an item's
 * quantity in SAP; on create TARGET_QTY carries the same value.
 */
final class DocumentToBapi {

    /** VBELN, KUNNR: 10 characters. */
    static final int NUMBER_LENGTH = 10;
    /** POSNR: NUMC 6. */
    private static final int ITEM_LENGTH = 6;
    private static final String FIRST_SCHEDULE_LINE = "0001";
    private static final String HEADER_ITEM = "000000";
    /** BAPISDITM-MATERIAL, BAPIITEMIN-MATERIAL: CHAR 18. */
    private static final int MATERIAL_LENGTH = 18;
    /** S/4HANA's field for material numbers of 40 characters (CHAR 40), beside MATERIAL. */
    static final String LONG_MATERIAL = "MATERIAL_LONG";
    /** SD document category (VBTYP) of the reference: A, inquiry. */
    private static final String INQUIRY_CATEGORY = DocumentBapis.of(DocumentKind.INQUIRY).category();

    private final CodeTables codes;
    private final String materialField;

    DocumentToBapi(CodeTables codes) {
        this.codes = codes;
        this.materialField = codes.materialLength() > MATERIAL_LENGTH ? LONG_MATERIAL : "MATERIAL";
    }

    /**
     * Where the items' material numbers go: MATERIAL, or with the material number length of S/4HANA (40) its
     * MATERIAL_LONG, MATERIAL left empty.
     */
    String materialField() {
        return materialField;
    }

    static String sapNumber(String documentNumber) {
        return Alpha.toSap(documentNumber, NUMBER_LENGTH);
    }

    static String sapItem(int itemNumber) {
        return Alpha.toSap(String.valueOf(itemNumber), ITEM_LENGTH);
    }

    // ------------------------------------------------------------------ create

    /**
     * Fills the create BAPI. {@code copied} are the open items of the inquiry the document references, sent in
     * place of items of its own, each naming the inquiry item it copies (REF_DOC, REF_DOC_IT, REF_DOC_CA): a create
     * BAPI runs no copy control of its own, so the header's REF_DOC alone gives the new document neither the
     * inquiry's items nor a document flow per item. Empty: the document's own items.
     */
    void create(JCoFunction function, DocumentBapis bapis, SalesDocument document, List<Item> copied,
                boolean testRun) {
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList tables = function.getTableParameterList();
        if (testRun) {
            imports.setValue("TESTRUN", "X");
        }
        XRecord header = new XRecord(imports.getStructure(bapis.headerIn()), imports.getStructure(bapis.headerInX()))
                .updateFlag("I")
                .set("DOC_TYPE", codes.documentType(document.kind()))
                .set("SALES_ORG", document.salesArea().salesOrganization())
                .set("DISTR_CHAN", document.salesArea().distributionChannel())
                .set("DIVISION", document.salesArea().division())
                .set("PURCH_NO_C", document.externalId())
                .set("NAME", document.customerReference())
                .set("REQ_DATE_H", document.requestedDeliveryDate())
                .set("QT_VALID_F", document.validFrom())
                .set("QT_VALID_T", document.validTo())
                .set("CURRENCY", document.currency());
        if (document.referenceInquiry() != null) {
            header.set("REF_DOC", sapNumber(document.referenceInquiry())).set("REFDOC_CAT", INQUIRY_CATEGORY);
        }
        JCoTable partners = tables.getTable(bapis.prefix() + "_PARTNERS");
        partner(partners, codes.soldToRole(), document.soldTo());
        if (document.shipTo() != null) {
            partner(partners, codes.shipToRole(), document.shipTo());
        }
        boolean copies = !copied.isEmpty();
        List<Item> items = copies || document.items() == null ? copied : document.items();
        JCoTable itemsIn = tables.getTable(bapis.createItemsIn());
        JCoTable itemsInX = tables.getTable(bapis.createItemsIn() + "X");
        JCoTable schedules = tables.getTable(bapis.prefix() + "_SCHEDULES_IN");
        JCoTable schedulesX = tables.getTable(bapis.prefix() + "_SCHEDULES_INX");
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            String itemNumber = newItemNumber(i);
            XRecord row = newItem(itemsIn, itemsInX, itemNumber, item.material(), item.unit(), item.text())
                    .set("TARGET_QTY", item.quantity());
            if (copies) {
                row.set("REF_DOC", sapNumber(document.referenceInquiry())).set("REF_DOC_IT", sapItem(item.itemNumber()))
                        .set("REF_DOC_CA", INQUIRY_CATEGORY);
            }
            LocalDate date = item.requestedDeliveryDate() != null ? item.requestedDeliveryDate()
                    : document.requestedDeliveryDate();
            scheduleLine(schedules, schedulesX, itemNumber, FIRST_SCHEDULE_LINE, "I")
                    .set("REQ_QTY", item.quantity()).set("REQ_DATE", date);
        }
    }

    // ------------------------------------------------------------------ simulate (pricing)

    /** The number of the n-th item (0-based) of a new document: 10, 20, … as SAP numbers them. */
    static String newItemNumber(int index) {
        return sapItem((index + 1) * 10);
    }

    /**
     * BAPI_SALESORDER_SIMULATE, for SAP's prices of a new document: BAPISDHEAD (its PURCH_NO has 20 characters,
     * and the CRM's key is not needed to price), the partners, the items with TARGET_QTY in the sales unit.
     */
    void simulate(JCoFunction function, SalesDocument document) {
        JCoStructure header = function.getImportParameterList().getStructure("ORDER_HEADER_IN");
        header.setValue("DOC_TYPE", codes.documentType(document.kind()));
        header.setValue("SALES_ORG", document.salesArea().salesOrganization());
        header.setValue("DISTR_CHAN", document.salesArea().distributionChannel());
        header.setValue("DIVISION", document.salesArea().division());
        setDate(header, "REQ_DATE_H", document.requestedDeliveryDate());
        setDate(header, "QT_VALID_F", document.validFrom());
        setDate(header, "QT_VALID_T", document.validTo());
        if (document.currency() != null) {
            header.setValue("CURRENCY", document.currency());
        }
        JCoTable partners = function.getTableParameterList().getTable("ORDER_PARTNERS");
        partner(partners, codes.soldToRole(), document.soldTo());
        if (document.shipTo() != null) {
            partner(partners, codes.shipToRole(), document.shipTo());
        }
        JCoTable items = function.getTableParameterList().getTable("ORDER_ITEMS_IN");
        List<Item> requested = document.items() == null ? List.of() : document.items();
        for (int i = 0; i < requested.size(); i++) {
            Item item = requested.get(i);
            items.appendRow();
            items.setValue("ITM_NUMBER", newItemNumber(i));
            items.setValue(materialField, codes.sapMaterial(item.material()));
            items.setValue("TARGET_QTY", item.quantity());
            items.setValue("TARGET_QU", sapUnit(item.unit()));
            if (item.text() != null) {
                items.setValue("SHORT_TEXT", item.text());
            }
        }
    }

    private static void setDate(JCoStructure record, String field, LocalDate date) {
        if (date != null) {
            record.setValue(field, SapDates.toJco(date));
        }
    }

    private void partner(JCoTable partners, String role, String customer) {
        partners.appendRow();
        partners.setValue("PARTN_ROLE", role);
        partners.setValue("PARTN_NUMB", Alpha.toSap(customer, NUMBER_LENGTH));
        partners.setValue("ITM_NUMBER", HEADER_ITEM);
    }

    private XRecord newItem(JCoTable in, JCoTable x, String itemNumber, String material, String unit,
                            String text) {
        return row(in, x).key("ITM_NUMBER", itemNumber).updateFlag("I")
                .set(materialField, codes.sapMaterial(material))
                .set("TARGET_QU", sapUnit(unit))
                .set("SHORT_TEXT", text);
    }

    private static XRecord scheduleLine(JCoTable in, JCoTable x, String itemNumber, String line, String flag) {
        return row(in, x).key("ITM_NUMBER", itemNumber).key("SCHED_LINE", line).updateFlag(flag);
    }

    private static XRecord row(JCoTable in, JCoTable x) {
        in.appendRow();
        x.appendRow();
        return new XRecord(in, x);
    }

    /**
     * SAP's unit for the CRM's. The request rules let only units of the mapping table through; an item copied from
     * an inquiry may have a unit the table lacks, which the display passes on as SAP writes it: it goes back so.
     */
    private String sapUnit(String isoUnit) {
        if (isoUnit == null) {
            return null;
        }
        return codes.sapUnit(isoUnit).orElse(isoUnit);
    }

    // ------------------------------------------------------------------ change

    /**
     * Fills the change BAPI. {@code displayed} is the document as SAP has it: the change needs its ship-to party
     * (P_NUMB_OLD), its schedule lines (quantities and dates change there) and its highest item number.
     */
    void change(JCoFunction function, DocumentBapis bapis, DisplayedDocument displayed, DocumentChange change) {
        SalesDocument current = displayed.document();
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList tables = function.getTableParameterList();
        String number = sapNumber(current.documentNumber());
        ChangeParameters names = ChangeParameters.of(function, bapis.prefix());
        imports.setValue("SALESDOCUMENT", number);
        new XRecord(imports.getStructure(names.headerIn()), imports.getStructure(names.headerInX()))
                .updateFlag("U")
                .set("NAME", change.customerReference())
                .set("REQ_DATE_H", change.requestedDeliveryDate())
                .set("QT_VALID_F", change.validFrom())
                .set("QT_VALID_T", change.validTo());
        if (change.shipTo() != null) {
            changeShipTo(tables.getTable("PARTNERCHANGES"), number, current.shipTo(), change.shipTo());
        }
        JCoTable itemIn = tables.getTable(names.itemIn());
        JCoTable itemInX = tables.getTable(names.itemInX());
        JCoTable lines = tables.getTable("SCHEDULE_LINES");
        JCoTable linesX = tables.getTable("SCHEDULE_LINESX");
        int nextItem = nextItemNumber(current);
        for (ItemChange itemChange : change.itemChanges()) {
            if (itemChange.adds()) {
                String itemNumber = sapItem(nextItem);
                nextItem += 10;
                newItem(itemIn, itemInX, itemNumber, itemChange.material(), itemChange.unit(), itemChange.text()).set("REASON_REJ", itemChange.reasonForRejection());
                scheduleLine(lines, linesX, itemNumber, FIRST_SCHEDULE_LINE, "I")
                        .set("REQ_QTY", itemChange.quantity())
                        .set("REQ_DATE", itemChange.requestedDeliveryDate() != null
                                ? itemChange.requestedDeliveryDate() : current.requestedDeliveryDate());
                continue;
            }
            String itemNumber = sapItem(itemChange.itemNumber());
            if (itemChange.deletes()) {
                row(itemIn, itemInX).key("ITM_NUMBER", itemNumber).updateFlag("D");
                continue;
            }
            row(itemIn, itemInX).key("ITM_NUMBER", itemNumber).updateFlag("U")
                    .set(materialField,
                            itemChange.material() == null ? null : codes.sapMaterial(itemChange.material()))
                    .set("TARGET_QU", sapUnit(itemChange.unit()))
                    .set("SHORT_TEXT", itemChange.text())
                    .set("REASON_REJ", itemChange.reasonForRejection());
            if (itemChange.quantity() != null || itemChange.requestedDeliveryDate() != null) {
                changeScheduleLines(lines, linesX, itemNumber, displayed.scheduleLinesOf(itemNumber), itemChange);
            }
        }
    }

    /**
     * Quantity and date of an item change through its schedule lines: the first line takes the new values,
     * further lines are deleted so that the item's quantity is the one asked for.
     */
    private static void changeScheduleLines(JCoTable lines, JCoTable linesX, String itemNumber, List<String> current,
                                            ItemChange itemChange) {
        String first = current.isEmpty() ? FIRST_SCHEDULE_LINE : current.get(0);
        scheduleLine(lines, linesX, itemNumber, first, current.isEmpty() ? "I" : "U")
                .set("REQ_QTY", itemChange.quantity())
                .set("REQ_DATE", itemChange.requestedDeliveryDate());
        if (itemChange.quantity() == null) {
            return;
        }
        for (String line : current.subList(Math.min(1, current.size()), current.size())) {
            scheduleLine(lines, linesX, itemNumber, line, "D");
        }
    }

    private void changeShipTo(JCoTable changes, String number, String currentShipTo, String newShipTo) {
        String newNumber = Alpha.toSap(newShipTo, NUMBER_LENGTH);
        changes.appendRow();
        changes.setValue("DOCUMENT", number);
        changes.setValue("ITM_NUMBER", HEADER_ITEM);
        changes.setValue("PARTN_ROLE", codes.shipToRole());
        changes.setValue("P_NUMB_NEW", newNumber);
        if (currentShipTo == null) {
            changes.setValue("UPDATEFLAG", "I");
            return;
        }
        changes.setValue("UPDATEFLAG", "U");
        changes.setValue("P_NUMB_OLD", Alpha.toSap(currentShipTo, NUMBER_LENGTH));
    }

    /** The next item number in steps of 10 after the highest one the document has. */
    private static int nextItemNumber(SalesDocument current) {
        int highest = current.items() == null ? 0 : current.items().stream()
                .mapToInt(Item::itemNumber).max().orElse(0);
        return (highest / 10 + 1) * 10;
    }
}
