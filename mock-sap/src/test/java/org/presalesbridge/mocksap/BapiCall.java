package org.presalesbridge.mocksap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoMetaData;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoTable;

/**
 * One function module call through the JCo API, written the way a test reads: set imports,
 * structure fields and table rows, execute on a destination, read exports, tables and RETURN.
 */
public final class BapiCall {

    private final JCoFunction function;

    private BapiCall(JCoFunction function) {
        this.function = function;
    }

    public static BapiCall of(JCoDestination destination, String functionName) throws JCoException {
        JCoFunction function = destination.getRepository().getFunction(functionName);
        if (function == null) {
            throw new IllegalArgumentException(functionName + " is not in the repository");
        }
        return new BapiCall(function);
    }

    /** A call that ran already, as the system received it (see {@code RecordingSap}), to read its parameters. */
    public static BapiCall of(JCoFunction function) {
        return new BapiCall(function);
    }

    public JCoFunction function() {
        return function;
    }

    /** Sets an import parameter. */
    public BapiCall set(String parameter, Object value) {
        function.getImportParameterList().setValue(parameter, value);
        return this;
    }

    /** Sets fields of an import structure: field, value, field, value … */
    public BapiCall structure(String parameter, Object... fieldsAndValues) {
        fill(function.getImportParameterList().getStructure(parameter), fieldsAndValues);
        return this;
    }

    /** Appends a row to a table parameter: field, value, field, value … */
    public BapiCall row(String table, Object... fieldsAndValues) {
        JCoTable rows = function.getTableParameterList().getTable(table);
        rows.appendRow();
        fill(rows, fieldsAndValues);
        return this;
    }

    private static void fill(JCoRecord record, Object[] fieldsAndValues) {
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            record.setValue((String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
    }

    public BapiCall execute(JCoDestination destination) throws JCoException {
        function.execute(destination);
        return this;
    }

    public String export(String parameter) {
        return function.getExportParameterList().getString(parameter);
    }

    /** An export structure's fields as text. */
    public Map<String, String> exportStructure(String parameter) {
        return values(function.getExportParameterList().getStructure(parameter));
    }

    /** A table parameter's rows, each field as text. */
    public List<Map<String, String>> table(String name) {
        JCoParameterList tables = function.getTableParameterList();
        JCoTable table = tables.getTable(name);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            rows.add(values(table));
        }
        return rows;
    }

    /** The RETURN table (BAPIRET2) as messages. */
    public List<Message> messages() {
        return table("RETURN").stream().map(Message::of).toList();
    }

    private static Map<String, String> values(JCoRecord record) {
        Map<String, String> values = new LinkedHashMap<>();
        JCoMetaData meta = record.getMetaData();
        for (int i = 0; i < meta.getFieldCount(); i++) {
            String value = record.getString(meta.getName(i));
            values.put(meta.getName(i), value == null ? "" : value.stripTrailing());
        }
        return values;
    }

    /** A BAPIRET2 row. */
    public record Message(String type, String id, String number, String text, String v1, String v2,
                          String parameter, String row, String field) {

        static Message of(Map<String, String> row) {
            return new Message(row.get("TYPE"), row.get("ID"), row.get("NUMBER"), row.get("MESSAGE"),
                    row.get("MESSAGE_V1"), row.get("MESSAGE_V2"), row.get("PARAMETER"), row.get("ROW"),
                    row.get("FIELD"));
        }

        public boolean isError() {
            return "E".equals(type) || "A".equals(type);
        }

        /** "E VS 406", for assertions. */
        public String code() {
            return type + " " + id + " " + number;
        }
    }
}
