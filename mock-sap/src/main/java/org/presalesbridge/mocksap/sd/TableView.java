package org.presalesbridge.mocksap.sd;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A database table as a reader sees it: its definition and its rows, each a map field name → internal value. */
public record TableView(String name, String text, List<TableField<?>> fields, Stream<Map<String, String>> rows) {

    static <T> TableView of(SdTable<T> table, Stream<T> rows) {
        return new TableView(table.name(), table.text(), List.copyOf(table.fields()), rows.map(table::values));
    }
}
