package org.presalesbridge.mocksap.sd.masterdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file as a person edits it in a spreadsheet: a header line with SAP's field names, one row a
 * line, fields separated by commas, double quotes around a field that holds a comma or a quote
 * ("" inside quotes is one quote). Blank lines and lines starting with # are skipped.
 */
public final class CsvTable {

    private final String name;
    private final List<String> columns;
    private final List<Row> rows;

    private CsvTable(String name, List<String> columns, List<Row> rows) {
        this.name = name;
        this.columns = columns;
        this.rows = rows;
    }

    public static CsvTable read(String name, Reader source) {
        try (BufferedReader reader = new BufferedReader(source)) {
            List<String> columns = null;
            List<Row> rows = new ArrayList<>();
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                List<String> fields = split(line, name, lineNumber);
                if (columns == null) {
                    columns = fields.stream().map(String::strip).toList();
                    continue;
                }
                if (fields.size() > columns.size()) {
                    throw new IllegalArgumentException(name + " line " + lineNumber + ": " + fields.size()
                            + " fields, the header has " + columns.size());
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.put(columns.get(i), i < fields.size() ? fields.get(i).strip() : "");
                }
                rows.add(new Row(name, lineNumber, values));
            }
            if (columns == null) {
                throw new IllegalArgumentException(name + " has no header line");
            }
            return new CsvTable(name, columns, List.copyOf(rows));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    private static List<String> split(String line, String name, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException(name + " line " + lineNumber + ": unclosed quote");
        }
        fields.add(field.toString());
        return fields;
    }

    public String name() {
        return name;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    /** One line of the file, its values by column name. */
    public record Row(String file, int line, Map<String, String> values) {

        /** The value of a column the file must have; empty when the cell is empty. */
        public String get(String column) {
            String value = values.get(column);
            if (value == null) {
                throw new IllegalArgumentException(file + " has no column " + column);
            }
            return value;
        }

        /** The value of a column the file must have and the row must fill. */
        public String required(String column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new IllegalArgumentException(file + " line " + line + ": " + column + " is empty");
            }
            return value;
        }

        public IllegalArgumentException invalid(String column, String why) {
            return new IllegalArgumentException(file + " line " + line + ": " + column + " " + why);
        }
    }
}
