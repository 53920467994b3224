package org.presalesbridge.mocksap.sd;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A database table of the simulated system: its name, text and fields, over rows of type T. */
public record SdTable<T>(String name, String text, List<TableField<T>> fields) {

    public Optional<TableField<T>> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /** The row's values by field name, in the table's field order. */
    public Map<String, String> values(T row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (TableField<T> field : fields) {
            values.put(field.name(), field.format(row));
        }
        return values;
    }

    /** The table key as SAP writes it into CDPOS-TABKEY: the key fields' values one after the other. */
    public String key(T row) {
        return fields.stream().filter(TableField::key).map(f -> f.format(row)).collect(Collectors.joining());
    }
}
