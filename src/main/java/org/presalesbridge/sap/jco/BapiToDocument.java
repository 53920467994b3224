package org.presalesbridge.sap.jco;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.document.DocumentFlow;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.DocumentStatus;
import org.presalesbridge.document.Item;
import org.presalesbridge.document.ItemStatus;
import org.presalesbridge.document.SalesArea;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.translation.Alpha;
import org.presalesbridge.translation.CodeTables;
import org.presalesbridge.translation.SapDates;

/**
 * Reads a document from BAPISDORDER_GETDETAILEDLIST into the CRM's terms: leading zeros stripped, ISO units,
 * ISO dates, SAP's statuses and document flow. The BAPI has no RETURN: an unknown number gives empty tables.
 */
final class BapiToDocument {

    static final String FUNCTION = "BAPISDORDER_GETDETAILEDLIST";
    /** SD document categories (VBTYP) of the documents that follow a presales document. */
    private static final String QUOTATION_CATEGORY = "B";
    private static final String ORDER_CATEGORY = "C";
    private static final String INQUIRY_CATEGORY = "A";

    private final CodeTables codes;

    BapiToDocument(CodeTables codes) {
        this.codes = codes;
    }

    /** Asks for header, items, schedule lines, partners, statuses and flow of one document. */
    static void request(JCoFunction function, String sapNumber) {
        JCoParameterList imports = function.getImportParameterList();
        JCoRecord view = imports.getStructure("I_BAPI_VIEW");
        for (String flag : List.of("HEADER", "ITEM", "SDSCHEDULE", "PARTNER", "STATUS_H", "STATUS_I", "FLOW")) {
            view.setValue(flag, "X");
        }
        JCoTable numbers = function.getTableParameterList().getTable("SALES_DOCUMENTS");
        numbers.appendRow();
        numbers.setValue("VBELN", sapNumber);
    }

    /**
     * The requested document with SAP's prices from BAPI_SALESORDER_SIMULATE's ORDER_ITEMS_OUT: per item its number
     * (10, 20, …) and net value, for the document the sum and SAP's currency.
     */
    SalesDocument priced(SalesDocument requested, JCoTable itemsOut) {
        Map<String, BigDecimal> netValues = new HashMap<>();
        String currency = requested.currency();
        for (int row = 0; row < itemsOut.getNumRows(); row++) {
            itemsOut.setRow(row);
            netValues.put(itemsOut.getString("ITM_NUMBER"), itemsOut.getBigDecimal("NET_VALUE"));
            currency = itemsOut.getString("CURRENCY").strip();
        }
        List<Item> items = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < requested.items().size(); i++) {
            Item item = requested.items().get(i);
            BigDecimal netValue = netValues.get(DocumentToBapi.newItemNumber(i));
            total = netValue == null ? total : total.add(netValue);
            items.add(new Item((i + 1) * 10, item.material(), item.quantity(), item.unit(),
                    item.requestedDeliveryDate(), item.text(), netValue, null, null));
        }
        return new SalesDocument(requested.kind(), null, codes.documentType(requested.kind()),
                requested.externalId(), requested.salesArea(), requested.soldTo(), requested.shipTo(),
                requested.customerReference(), requested.requestedDeliveryDate(), requested.validFrom(),
                requested.validTo(), currency, requested.referenceInquiry(), total, null, items, null,
                requested.messages());
    }

    /** The document, if SAP has one of this kind under the number. */
    Optional<DisplayedDocument> read(JCoFunction function, DocumentKind kind) {
        JCoParameterList tables = function.getTableParameterList();
        JCoTable headers = tables.getTable("ORDER_HEADERS_OUT");
        if (headers.getNumRows() == 0) {
            return Optional.empty();
        }
        headers.setRow(0);
        if (!DocumentBapis.of(kind).category().equals(headers.getString("SD_DOC_CAT").strip())) {
            return Optional.empty();
        }
        String number = headers.getString("DOC_NUMBER");
        Map<String, String> partners = headerPartners(tables.getTable("ORDER_PARTNERS_OUT"));
        Map<String, List<ScheduleLine>> schedules = schedules(tables.getTable("ORDER_SCHEDULES_OUT"));
        Map<String, ItemStatus> itemStatuses = itemStatuses(tables.getTable("ORDER_STATUSITEMS_OUT"));
        List<Item> items = items(tables.getTable("ORDER_ITEMS_OUT"), schedules, itemStatuses);
        String reference = headers.getString("REF_DOC").strip();
        boolean referencesInquiry = !reference.isEmpty()
                && INQUIRY_CATEGORY.equals(headers.getString("DOC_CAT_SD").strip());
        SalesDocument document = new SalesDocument(kind,
                Alpha.toCrm(number),
                headers.getString("DOC_TYPE").strip(),
                blankToNull(headers.getString("PURCH_NO")),
                new SalesArea(headers.getString("SALES_ORG").strip(), headers.getString("DISTR_CHAN").strip(),
                        headers.getString("DIVISION").strip()),
                Alpha.toCrm(partners.getOrDefault(codes.soldToRole(), headers.getString("SOLD_TO"))),
                Alpha.toCrm(partners.get(codes.shipToRole())),
                blankToNull(headers.getString("ORDERER_NA")),
                SapDates.fromJco(headers.getDate("REQ_DATE_H")),
                kind == DocumentKind.QUOTATION ? SapDates.fromJco(headers.getDate("QT_VALID_F")) : null,
                kind == DocumentKind.QUOTATION ? SapDates.fromJco(headers.getDate("QT_VALID_T")) : null,
                blankToNull(headers.getString("CURRENCY")),
                referencesInquiry ? Alpha.toCrm(reference) : null,
                money(headers.getBigDecimal("NET_VAL_HD")),
                documentStatus(tables.getTable("ORDER_STATUSHEADERS_OUT")),
                items,
                flow(tables.getTable("ORDER_FLOWS_OUT"), number),
                List.of());
        Map<String, List<String>> lineNumbers = new HashMap<>();
        schedules.forEach((item, lines) -> lineNumbers.put(item, lines.stream().map(ScheduleLine::number).toList()));
        return Optional.of(new DisplayedDocument(document, lineNumbers));
    }

    private List<Item> items(JCoTable table, Map<String, List<ScheduleLine>> schedules,
                             Map<String, ItemStatus> statuses) {
        List<Item> items = new ArrayList<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            String itemNumber = table.getString("ITM_NUMBER");
            List<ScheduleLine> lines = schedules.getOrDefault(itemNumber, List.of());
            items.add(new Item(Integer.valueOf(itemNumber.strip()),
                    Alpha.toCrm(material(table)),
                    quantity(table.getBigDecimal("REQ_QTY")),
                    codes.isoUnit(table.getString("SALES_UNIT")),
                    lines.isEmpty() ? null : lines.get(0).date(),
                    blankToNull(table.getString("SHORT_TEXT")),
                    money(table.getBigDecimal("NET_VALUE")),
                    blankToNull(table.getString("REA_FOR_RE")),
                    statuses.getOrDefault(itemNumber, ItemStatus.OPEN)));
        }
        return items;
    }

    /** S/4HANA's MATERIAL_LONG when SAP fills it (an ECC's BAPISDIT has no such field), else MATERIAL. */
    private static String material(JCoTable items) {
        if (items.getMetaData().hasField(DocumentToBapi.LONG_MATERIAL)) {
            String material = items.getString(DocumentToBapi.LONG_MATERIAL);
            if (material != null && !material.isBlank()) {
                return material;
            }
        }
        return items.getString("MATERIAL");
    }

    private static Map<String, String> headerPartners(JCoTable table) {
        Map<String, String> partners = new HashMap<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            if (Integer.parseInt(table.getString("ITM_NUMBER").strip()) == 0) {
                partners.put(table.getString("PARTN_ROLE").strip(), table.getString("CUSTOMER"));
            }
        }
        return partners;
    }

    /** One schedule line: its number (SCHED_LINE) and requested date. */
    private record ScheduleLine(String number, java.time.LocalDate date) {
    }

    private static Map<String, List<ScheduleLine>> schedules(JCoTable table) {
        Map<String, List<ScheduleLine>> lines = new LinkedHashMap<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            lines.computeIfAbsent(table.getString("ITM_NUMBER"), k -> new ArrayList<>())
                    .add(new ScheduleLine(table.getString("SCHED_LINE"), SapDates.fromJco(table.getDate("REQ_DATE"))));
        }
        return lines;
    }

    private static Map<String, ItemStatus> itemStatuses(JCoTable table) {
        Map<String, ItemStatus> statuses = new HashMap<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            ItemStatus status = ItemStatus.OPEN;
            if ("C".equals(table.getString("REJSTATIT").strip())) {
                status = ItemStatus.REJECTED;
            } else if ("C".equals(table.getString("REFERNSTAT").strip())
                    || "C".equals(table.getString("OVRPROCSTA").strip())) {
                status = ItemStatus.COMPLETED;
            }
            statuses.put(table.getString("ITM_NUMBER"), status);
        }
        return statuses;
    }

    /** The overall processing status (PRC_STAT_H): A nothing, B part, C all done. */
    private static DocumentStatus documentStatus(JCoTable table) {
        if (table.getNumRows() == 0) {
            return null;
        }
        table.setRow(0);
        return switch (table.getString("PRC_STAT_H").strip()) {
            case "B" -> DocumentStatus.IN_PROCESS;
            case "C" -> DocumentStatus.COMPLETED;
            default -> DocumentStatus.OPEN;
        };
    }

    /** The subsequent quotations and sales orders of the document, each named once. */
    private static DocumentFlow flow(JCoTable table, String number) {
        List<String> quotations = new ArrayList<>();
        List<String> orders = new ArrayList<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            if (!table.getString("PRECSDDOC").equals(number)) {
                continue;
            }
            String subsequent = Alpha.toCrm(table.getString("SUBSSDDOC"));
            String category = table.getString("DOCCATEGOR").strip();
            if (QUOTATION_CATEGORY.equals(category) && !quotations.contains(subsequent)) {
                quotations.add(subsequent);
            } else if (ORDER_CATEGORY.equals(category) && !orders.contains(subsequent)) {
                orders.add(subsequent);
            }
        }
        if (quotations.isEmpty() && orders.isEmpty()) {
            return null;
        }
        return new DocumentFlow(quotations.isEmpty() ? null : quotations, orders.isEmpty() ? null : orders);
    }

    private static BigDecimal quantity(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal money(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
