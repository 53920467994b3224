package org.presalesbridge.mocksap.bapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.sap.conn.jco.JCoMetaData;
import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.sd.ConditionInput;
import org.presalesbridge.mocksap.sd.HeaderData;
import org.presalesbridge.mocksap.sd.ItemData;
import org.presalesbridge.mocksap.sd.ItemInput;
import org.presalesbridge.mocksap.sd.Partner;
import org.presalesbridge.mocksap.sd.PartnerChange;
import org.presalesbridge.mocksap.sd.ScheduleLineInput;
import org.presalesbridge.mocksap.sd.TextLine;
import org.presalesbridge.mocksap.sd.masterdata.SalesArea;

/**
 * Reads the document parts of a create or change BAPI call into SD's input records, honouring the
 * X structures (BAPISDHD1X, BAPISDITMX, BAPISCHDLX, BAPICONDX): in a change only flagged fields
 * count; in a create a missing or empty X structure means "take every field".
 */
final class DocumentInput {

    enum Mode { CREATE, CHANGE }

    /** With CONVERT = 'X' SAP takes English display codes for partner functions and document types. */
    private static final Map<String, String> DISPLAY_PARTNER_ROLES = Map.of("SP", "AG", "SH", "WE", "BP", "RE",
            "PY", "RG");
    private static final Map<String, String> DISPLAY_DOCUMENT_TYPES = Map.of("IN", "AF", "QT", "AG", "OR", "TA");

    private DocumentInput() {
    }

    // ---- header

    static HeaderData header(JCoRecord in, JCoRecord inX, Mode mode, boolean convert) {
        Reader r = new Reader(in, flags(inX == null ? List.of() : List.of(snapshot(inX)), mode), mode);
        boolean create = mode == Mode.CREATE;
        String documentType = create ? r.text("DOC_TYPE") : null;
        if (documentType != null && convert) {
            documentType = DISPLAY_DOCUMENT_TYPES.getOrDefault(documentType, documentType);
        }
        SalesArea area = create ? new SalesArea(r.text("SALES_ORG"), r.text("DISTR_CHAN"), r.text("DIVISION")) : null;
        return new HeaderData(documentType, area, r.text("SALES_GRP"), r.text("SALES_OFF"), r.text("PURCH_NO_C"),
                r.date("PURCH_DATE"), r.text("NAME"), r.text("REF_1"), r.date("DOC_DATE"), r.date("REQ_DATE_H"),
                r.date("PRICE_DATE"), r.date("QT_VALID_F"), r.date("QT_VALID_T"), r.text("ORD_REASON"),
                r.text("PMNTTRMS"), r.text("INCOTERMS1"), r.text("INCOTERMS2"), r.text("CURRENCY"),
                create ? r.text("REF_DOC") : null, create ? r.text("REFDOC_CAT") : null);
    }

    // ---- items

    static List<ItemInput> items(JCoTable in, JCoTable inX, Mode mode) {
        List<Map<String, String>> flagRows = snapshots(inX);
        List<ItemInput> result = new ArrayList<>();
        for (int row = 0; row < in.getNumRows(); row++) {
            in.setRow(row);
            String number = Fields.text(in, "ITM_NUMBER");
            List<Map<String, String>> matching = matching(flagRows, in, "ITM_NUMBER");
            Reader r = new Reader(in, flags(matching, mode), mode);
            char updateFlag = updateFlag(matching, ' ');
            ItemData data = new ItemData(r.numc("HG_LV_ITEM"), r.material(), r.decimal("TARGET_QTY"),
                    r.text("TARGET_QU"), r.text("PLANT"), r.text("ITEM_CATEG"), r.text("SHORT_TEXT"),
                    r.text("REASON_REJ"), r.text("PURCH_NO_C"), r.numc("ORDER_PROB"), r.text("REF_DOC"),
                    r.numc("REF_DOC_IT"), r.text("REF_DOC_CA"));
            result.add(new ItemInput(updateFlag, number, data));
        }
        // a D or I flag may come without an IN row: the X row alone names the item
        if (mode == Mode.CHANGE) {
            for (Map<String, String> x : flagRows) {
                String number = x.get("ITM_NUMBER");
                boolean hasInRow = result.stream().anyMatch(i -> i.number().equals(number));
                if (!hasInRow && first(x.get("UPDATEFLAG")) == 'D') {
                    result.add(new ItemInput('D', number, ItemData.empty()));
                }
            }
        }
        return result;
    }

    // ---- partners

    static List<Partner> partners(JCoTable table, boolean convert) {
        List<Partner> result = new ArrayList<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            String role = Fields.text(table, "PARTN_ROLE");
            if (convert) {
                role = DISPLAY_PARTNER_ROLES.getOrDefault(role, role);
            }
            result.add(new Partner(role, Fields.text(table, "PARTN_NUMB"), Fields.text(table, "ITM_NUMBER"),
                    Fields.text(table, "NAME"), Fields.text(table, "STREET"), Fields.text(table, "POSTL_CODE"),
                    Fields.text(table, "CITY"), Fields.text(table, "COUNTRY")));
        }
        return result;
    }

    static List<PartnerChange> partnerChanges(JCoTable table) {
        List<PartnerChange> result = new ArrayList<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            result.add(new PartnerChange(Fields.flag(table, "UPDATEFLAG"), Fields.text(table, "PARTN_ROLE"),
                    Fields.text(table, "ITM_NUMBER"), Fields.text(table, "P_NUMB_OLD"),
                    Fields.text(table, "P_NUMB_NEW")));
        }
        return result;
    }

    // ---- schedule lines, conditions, texts

    static List<ScheduleLineInput> scheduleLines(JCoTable in, JCoTable inX, Mode mode) {
        List<Map<String, String>> flagRows = snapshots(inX);
        List<ScheduleLineInput> result = new ArrayList<>();
        for (int row = 0; row < in.getNumRows(); row++) {
            in.setRow(row);
            List<Map<String, String>> matching = matching(flagRows, in, "ITM_NUMBER", "SCHED_LINE");
            Reader r = new Reader(in, flags(matching, mode), mode);
            result.add(new ScheduleLineInput(mode == Mode.CREATE ? 'I' : updateFlag(matching, ' '),
                    Fields.text(in, "ITM_NUMBER"), Fields.text(in, "SCHED_LINE"),
                    nullIfCleared(r.date("REQ_DATE")), r.decimal("REQ_QTY")));
        }
        return result;
    }

    static List<ConditionInput> conditions(JCoTable in, JCoTable inX, Mode mode) {
        List<Map<String, String>> flagRows = snapshots(inX);
        List<ConditionInput> result = new ArrayList<>();
        for (int row = 0; row < in.getNumRows(); row++) {
            in.setRow(row);
            List<Map<String, String>> matching = matching(flagRows, in, "ITM_NUMBER", "COND_TYPE");
            Reader r = new Reader(in, flags(matching, mode), mode);
            result.add(new ConditionInput(updateFlag(matching, 'I'), Fields.text(in, "ITM_NUMBER"),
                    Fields.text(in, "COND_TYPE"), r.decimal("COND_VALUE"), r.text("CURRENCY"),
                    r.decimal("COND_P_UNT"), r.text("COND_UNIT")));
        }
        return result;
    }

    static List<TextLine> texts(JCoTable table) {
        List<TextLine> result = new ArrayList<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            String item = Fields.text(table, "ITM_NUMBER");
            result.add(new TextLine(item.isEmpty() ? Partner.HEADER_ITEM : item, Fields.text(table, "TEXT_ID"),
                    Fields.text(table, "LANGU"), Fields.text(table, "FORMAT_COL"), Fields.text(table, "TEXT_LINE")));
        }
        return result;
    }

    // ---- flags

    /**
     * Which fields count: in a create, every field unless an X row flags some; in a change, the
     * flagged ones only.
     */
    private static Predicate<String> flags(List<Map<String, String>> flagRows, Mode mode) {
        Map<String, String> x = flagRows.isEmpty() ? Map.of() : flagRows.get(0);
        boolean anyFlag = x.entrySet().stream()
                .anyMatch(e -> !e.getKey().equals("UPDATEFLAG") && "X".equals(e.getValue()));
        if (mode == Mode.CREATE && !anyFlag) {
            return field -> true;
        }
        return field -> "X".equals(x.get(field));
    }

    private static List<Map<String, String>> snapshots(JCoTable table) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (table == null) {
            return rows;
        }
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            rows.add(snapshot(table));
        }
        return rows;
    }

    private static Map<String, String> snapshot(JCoRecord record) {
        Map<String, String> values = new HashMap<>();
        JCoMetaData meta = record.getMetaData();
        for (int i = 0; i < meta.getFieldCount(); i++) {
            values.put(meta.getName(i), Fields.text(record, meta.getName(i)));
        }
        return values;
    }

    /** The X rows that belong to the IN row: same key fields. */
    private static List<Map<String, String>> matching(List<Map<String, String>> flagRows, JCoRecord in,
                                                      String... keys) {
        return flagRows.stream()
                .filter(x -> Arrays.stream(keys).allMatch(key -> Fields.text(in, key).equals(x.get(key))))
                .toList();
    }

    private static char updateFlag(List<Map<String, String>> matching, char otherwise) {
        return matching.isEmpty() ? otherwise : first(matching.get(0).get("UPDATEFLAG"));
    }

    private static char first(String value) {
        return value == null || value.isEmpty() ? ' ' : value.charAt(0);
    }

    private static LocalDate nullIfCleared(LocalDate date) {
        return HeaderData.CLEARED_DATE.equals(date) ? null : date;
    }

    /**
     * Reads flagged fields of an IN record; a field not flagged is null in a change (unchanged) and
     * empty in a create. A flagged empty date is {@link HeaderData#CLEARED_DATE} in a change.
     */
    private record Reader(JCoRecord in, Predicate<String> flagged, Mode mode) {

        String text(String field) {
            if (!flagged.test(field)) {
                return mode == Mode.CHANGE ? null : "";
            }
            return Fields.text(in, field);
        }

        /** S/4HANA's MATERIAL_LONG (40 characters) when the caller sends it, else MATERIAL (18). */
        String material() {
            String material = in.getMetaData().hasField(Fields.MATERIAL_LONG) ? text(Fields.MATERIAL_LONG) : null;
            return material == null || material.isEmpty() ? text("MATERIAL") : material;
        }

        /** A NUMC field whose zeros mean "none" (item numbers, probability). */
        String numc(String field) {
            String value = text(field);
            return value != null && !value.isEmpty() && value.chars().allMatch(c -> c == '0') ? "" : value;
        }

        LocalDate date(String field) {
            if (!flagged.test(field)) {
                return null;
            }
            LocalDate date = Fields.date(in, field);
            return date == null && mode == Mode.CHANGE ? HeaderData.CLEARED_DATE : date;
        }

        BigDecimal decimal(String field) {
            if (!flagged.test(field)) {
                return mode == Mode.CHANGE ? null : BigDecimal.ZERO;
            }
            return Fields.decimal(in, field);
        }
    }
}
