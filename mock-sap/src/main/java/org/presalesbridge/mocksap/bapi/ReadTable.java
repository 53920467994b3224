package org.presalesbridge.mocksap.bapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.sd.SdSession;
import org.presalesbridge.mocksap.sd.SdSystem;
import org.presalesbridge.mocksap.sd.TableField;
import org.presalesbridge.mocksap.sd.TableView;

/**
 * RFC_READ_TABLE over the simulated database (committed data only): QUERY_TABLE, DELIMITER,
 * NO_DATA, ROWSKIPS, ROWCOUNT; OPTIONS (a WHERE clause in lines of up to 72 characters), FIELDS
 * (none: all), DATA (one 512-character column). Like SAP's it raises TABLE_NOT_AVAILABLE,
 * FIELD_NOT_VALID, OPTION_NOT_VALID and DATA_BUFFER_EXCEEDED (a selected row wider than 512).
 */
final class ReadTable implements FunctionModule {

    static final int LINE_WIDTH = 512;

    private final SdSystem system;

    ReadTable(SdSystem system) {
        this.system = system;
    }

    @Override
    public String name() {
        return "RFC_READ_TABLE";
    }

    @Override
    public void execute(JCoFunction function, SdSession session) throws AbapException {
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList tables = function.getTableParameterList();
        String tableName = Fields.text(imports, "QUERY_TABLE").toUpperCase(Locale.ROOT);
        TableView table = system.table(tableName).orElseThrow(() -> new AbapException("TABLE_NOT_AVAILABLE",
                "Table " + tableName + " is not available"));
        String delimiter = imports.getString("DELIMITER");
        delimiter = delimiter == null || delimiter.isEmpty() ? "" : delimiter.substring(0, 1);

        List<TableField<?>> selected = selectedFields(tables.getTable("FIELDS"), table);
        int width = describe(tables.getTable("FIELDS"), selected, delimiter.length());
        if (width > LINE_WIDTH) {
            throw new AbapException("DATA_BUFFER_EXCEEDED", "The selected fields need " + width
                    + " characters, DATA has " + LINE_WIDTH);
        }
        Predicate<Map<String, String>> where = where(tables.getTable("OPTIONS"), table);
        if (Fields.isX(imports, "NO_DATA")) {
            return;
        }
        int skip = Math.max(0, imports.getInt("ROWSKIPS"));
        int count = Math.max(0, imports.getInt("ROWCOUNT"));
        JCoTable data = tables.getTable("DATA");
        var rows = table.rows().filter(where).skip(skip);
        if (count > 0) {
            rows = rows.limit(count);
        }
        String separator = delimiter;
        rows.forEach(row -> {
            data.appendRow();
            data.setValue("WA", line(row, selected, separator));
        });
    }

    private static List<TableField<?>> selectedFields(JCoTable fields, TableView table) throws AbapException {
        if (fields.getNumRows() == 0) {
            return table.fields();
        }
        List<TableField<?>> selected = new ArrayList<>();
        for (int row = 0; row < fields.getNumRows(); row++) {
            fields.setRow(row);
            String name = Fields.text(fields, "FIELDNAME").toUpperCase(Locale.ROOT);
            Optional<TableField<?>> field = table.fields().stream().filter(f -> f.name().equals(name)).findFirst();
            selected.add(field.orElseThrow(() -> new AbapException("FIELD_NOT_VALID",
                    "Field " + name + " is not in table " + table.name())));
        }
        return selected;
    }

    /** Fills FIELDS with offset, length, type and text of each selected field; returns the line width. */
    private static int describe(JCoTable fields, List<TableField<?>> selected, int delimiterLength) {
        fields.deleteAllRows();
        int offset = 0;
        for (TableField<?> field : selected) {
            fields.appendRow();
            fields.setValue("FIELDNAME", field.name());
            fields.setValue("OFFSET", String.format("%06d", offset));
            fields.setValue("LENGTH", String.format("%06d", width(field)));
            fields.setValue("TYPE", String.valueOf(field.type()));
            fields.setValue("FIELDTEXT", field.text());
            offset += width(field) + delimiterLength;
        }
        return selected.isEmpty() ? 0 : offset - delimiterLength;
    }

    /** Packed numbers take their output length (sign, decimal point); the others their own length. */
    private static int width(TableField<?> field) {
        return field.type() == 'P' ? field.outputLength() : field.length();
    }

    private static Predicate<Map<String, String>> where(JCoTable options, TableView table) throws AbapException {
        StringBuilder clause = new StringBuilder();
        for (int row = 0; row < options.getNumRows(); row++) {
            options.setRow(row);
            clause.append(' ').append(options.getString("TEXT") == null ? "" : options.getString("TEXT"));
        }
        try {
            return WhereClause.parse(clause.toString(), name -> table.fields().stream()
                    .filter(f -> f.name().equals(name)).map(TableField::type).findFirst().orElse(null));
        } catch (WhereClause.InvalidWhereClause e) {
            throw new AbapException("OPTION_NOT_VALID", "Selection criteria are not valid: " + e.getMessage());
        }
    }

    private static String line(Map<String, String> row, List<TableField<?>> selected, String delimiter) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < selected.size(); i++) {
            TableField<?> field = selected.get(i);
            if (i > 0) {
                line.append(delimiter);
            }
            String value = row.get(field.name());
            int width = width(field);
            if (value.length() > width) {
                value = value.substring(0, width);
            }
            line.append(field.type() == 'P' ? " ".repeat(width - value.length()) + value
                    : value + " ".repeat(width - value.length()));
        }
        return line.toString();
    }
}
