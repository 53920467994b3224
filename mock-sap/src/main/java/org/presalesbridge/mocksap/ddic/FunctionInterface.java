package org.presalesbridge.mocksap.ddic;

import java.util.ArrayList;
import java.util.List;

import com.sap.conn.jco.JCoMetaData;

import org.presalesbridge.mocksap.jco.FieldMeta;
import org.presalesbridge.mocksap.jco.FieldMeta.Direction;
import org.presalesbridge.mocksap.jco.FunctionTemplateImpl;
import org.presalesbridge.mocksap.jco.ListMeta;
import org.presalesbridge.mocksap.jco.RecordMeta;

/**
 * Declares a function module's interface as SE37 shows it, and builds the template JCo's repository
 * hands out: {@code FunctionInterface.named("BAPI_TRANSACTION_COMMIT").importingChar("WAIT", 1, true)
 * .exporting("RETURN", BAPIRET2).build()}.
 */
public final class FunctionInterface {
    private final String name;
    private final List<FieldMeta> imports = new ArrayList<>();
    private final List<FieldMeta> exports = new ArrayList<>();
    private final List<FieldMeta> changing = new ArrayList<>();
    private final List<FieldMeta> tables = new ArrayList<>();
    private final List<String> exceptions = new ArrayList<>();

    private FunctionInterface(String name) {
        this.name = name;
    }

    public static FunctionInterface named(String name) {
        return new FunctionInterface(name);
    }

    private static FieldMeta parameter(String parameter, int type, int length, int decimals, RecordMeta record,
                                       Direction direction, boolean optional, String defaultValue) {
        return FieldMeta.field(parameter, type, length, decimals, record)
                .asParameter(direction, optional, defaultValue);
    }

    /** An import parameter typed by a structure. */
    public FunctionInterface importing(String parameter, RecordMeta structure, boolean optional) {
        imports.add(parameter(parameter, JCoMetaData.TYPE_STRUCTURE, structure.getRecordLength(), 0, structure,
                Direction.IMPORT, optional, null));
        return this;
    }

    /** An import parameter of an elementary type (JCoMetaData.TYPE_*). */
    public FunctionInterface importing(String parameter, int type, int length, int decimals, boolean optional,
                                       String defaultValue) {
        imports.add(parameter(parameter, type, length, decimals, null, Direction.IMPORT, optional, defaultValue));
        return this;
    }

    public FunctionInterface importingChar(String parameter, int length, boolean optional) {
        return importing(parameter, JCoMetaData.TYPE_CHAR, length, 0, optional, null);
    }

    public FunctionInterface importingChar(String parameter, int length, boolean optional, String defaultValue) {
        return importing(parameter, JCoMetaData.TYPE_CHAR, length, 0, optional, defaultValue);
    }

    public FunctionInterface exporting(String parameter, RecordMeta structure) {
        exports.add(parameter(parameter, JCoMetaData.TYPE_STRUCTURE, structure.getRecordLength(), 0, structure,
                Direction.EXPORT, false, null));
        return this;
    }

    public FunctionInterface exporting(String parameter, int type, int length, int decimals) {
        exports.add(parameter(parameter, type, length, decimals, null, Direction.EXPORT, false, null));
        return this;
    }

    public FunctionInterface exportingChar(String parameter, int length) {
        return exporting(parameter, JCoMetaData.TYPE_CHAR, length, 0);
    }

    public FunctionInterface changing(String parameter, RecordMeta structure, boolean optional) {
        changing.add(parameter(parameter, JCoMetaData.TYPE_STRUCTURE, structure.getRecordLength(), 0, structure,
                Direction.CHANGING, optional, null));
        return this;
    }

    /** A TABLES parameter with rows of {@code rowType}. */
    public FunctionInterface tables(String parameter, RecordMeta rowType, boolean optional) {
        tables.add(parameter(parameter, JCoMetaData.TYPE_TABLE, 0, 0, rowType, Direction.TABLES, optional, null));
        return this;
    }

    /** A classic exception the module may RAISE. */
    public FunctionInterface exception(String key) {
        exceptions.add(key);
        return this;
    }

    public FunctionTemplateImpl build() {
        return new FunctionTemplateImpl(name, list("IMPORT", imports), list("EXPORT", exports),
                list("CHANGING", changing), list("TABLES", tables), exceptions);
    }

    private ListMeta list(String kind, List<FieldMeta> parameters) {
        return parameters.isEmpty() ? null : new ListMeta(name + "." + kind, parameters);
    }
}
