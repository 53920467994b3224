package org.presalesbridge.mocksap.sd;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.presalesbridge.mocksap.sd.ChangeDocument.ChangedField;
import org.presalesbridge.mocksap.sd.SdTables.ItemRow;
import org.presalesbridge.mocksap.sd.SdTables.PartnerRow;
import org.presalesbridge.mocksap.sd.SdTables.ScheduleLineRow;

/**
 * What changed between two versions of a document, table by table (VBAK, VBAP, VBEP, VBPA), as
 * CDPOS records: a changed field (U with old and new value), an inserted row (I, field KEY), a
 * deleted row (D, field KEY).
 */
final class ChangeDocuments {

    /** SAP's field name for "the whole row" in an insert or delete record. */
    static final String ROW = "KEY";

    private ChangeDocuments() {
    }

    static List<ChangedField> changes(SalesDocument before, SalesDocument after) {
        List<ChangedField> result = new ArrayList<>();
        compare(SdTables.VBAK, List.of(before.header()), List.of(after.header()), result);
        compare(SdTables.VBAP, itemRows(before), itemRows(after), result);
        compare(SdTables.VBEP, scheduleLineRows(before), scheduleLineRows(after), result);
        compare(SdTables.VBPA, partnerRows(before), partnerRows(after), result);
        return result;
    }

    private static <T> void compare(SdTable<T> table, List<T> before, List<T> after, List<ChangedField> result) {
        Map<String, T> old = byKey(table, before);
        Map<String, T> current = byKey(table, after);
        current.forEach((key, row) -> {
            T previous = old.get(key);
            if (previous == null) {
                result.add(new ChangedField(table.name(), key, ROW, 'I', "", ""));
                return;
            }
            for (TableField<T> field : table.fields()) {
                if (!field.logged()) {
                    continue;
                }
                String oldValue = field.format(previous);
                String newValue = field.format(row);
                if (!oldValue.equals(newValue)) {
                    result.add(new ChangedField(table.name(), key, field.name(), 'U', newValue, oldValue));
                }
            }
        });
        old.keySet().stream().filter(key -> !current.containsKey(key))
                .forEach(key -> result.add(new ChangedField(table.name(), key, ROW, 'D', "", "")));
    }

    private static <T> Map<String, T> byKey(SdTable<T> table, List<T> rows) {
        Map<String, T> result = new LinkedHashMap<>();
        rows.forEach(row -> result.put(table.key(row), row));
        return result;
    }

    static List<ItemRow> itemRows(SalesDocument document) {
        return document.items().stream().map(i -> new ItemRow(document.header(), i)).toList();
    }

    static List<ScheduleLineRow> scheduleLineRows(SalesDocument document) {
        return document.items().stream()
                .flatMap(i -> i.scheduleLines().stream().map(l -> new ScheduleLineRow(document.header(), i, l)))
                .toList();
    }

    static List<PartnerRow> partnerRows(SalesDocument document) {
        return document.partners().stream().map(p -> new PartnerRow(document.header(), p)).toList();
    }
}
