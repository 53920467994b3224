package org.presalesbridge.mocksap.jco.remote;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoFunctionTemplate;
import com.sap.conn.jco.JCoListMetaData;
import com.sap.conn.jco.JCoMetaData;
import com.sap.conn.jco.JCoRecordMetaData;

import org.presalesbridge.mocksap.jco.FieldMeta;
import org.presalesbridge.mocksap.jco.FunctionTemplateImpl;
import org.presalesbridge.mocksap.jco.ListMeta;
import org.presalesbridge.mocksap.jco.RecordMeta;

/**
 * A function module's interface over the wire, as a repository destination reads SAP's dictionary:
 * the four parameter lists with their fields (type, length, decimals, optional, default) and the
 * structures they use, each structure sent once; then the classic exceptions.
 */
public final class FunctionTemplateCodec {

    private static final int NO_RECORD = 0;
    private static final int NEW_RECORD = -1;

    private FunctionTemplateCodec() {
    }

    public static void write(JCoFunctionTemplate template, DataOutput out) throws IOException {
        Map<JCoRecordMetaData, Integer> records = new IdentityHashMap<>();
        out.writeUTF(template.getName());
        writeList(template.getImportParameterList(), records, out);
        writeList(template.getExportParameterList(), records, out);
        writeList(template.getChangingParameterList(), records, out);
        writeList(template.getTableParameterList(), records, out);
        List<String> exceptions = template instanceof FunctionTemplateImpl known ? known.exceptions() : List.of();
        out.writeInt(exceptions.size());
        for (String exception : exceptions) {
            out.writeUTF(exception);
        }
    }

    public static JCoFunctionTemplate read(DataInput in) throws IOException {
        List<RecordMeta> records = new ArrayList<>();
        String name = in.readUTF();
        ListMeta imports = readList(in, FieldMeta.Direction.IMPORT, records);
        ListMeta exports = readList(in, FieldMeta.Direction.EXPORT, records);
        ListMeta changing = readList(in, FieldMeta.Direction.CHANGING, records);
        ListMeta tables = readList(in, FieldMeta.Direction.TABLES, records);
        int exceptionCount = in.readInt();
        List<String> exceptions = new ArrayList<>(exceptionCount);
        for (int i = 0; i < exceptionCount; i++) {
            exceptions.add(in.readUTF());
        }
        return new FunctionTemplateImpl(name, imports, exports, changing, tables, exceptions);
    }

    // ---- parameter lists

    private static void writeList(JCoListMetaData list, Map<JCoRecordMetaData, Integer> records, DataOutput out)
            throws IOException {
        out.writeBoolean(list != null);
        if (list == null) {
            return;
        }
        out.writeUTF(list.getName());
        out.writeInt(list.getFieldCount());
        for (int i = 0; i < list.getFieldCount(); i++) {
            writeField(list, i, records, out);
            String name = list.getName(i);
            out.writeBoolean(list.isOptional(i));
            writeNullable(list.getDefault(name), out);
        }
    }

    private static ListMeta readList(DataInput in, FieldMeta.Direction direction, List<RecordMeta> records)
            throws IOException {
        if (!in.readBoolean()) {
            return null;
        }
        String name = in.readUTF();
        int count = in.readInt();
        List<FieldMeta> parameters = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            FieldMeta field = readField(in, records);
            boolean optional = in.readBoolean();
            parameters.add(field.asParameter(direction, optional, readNullable(in)));
        }
        return new ListMeta(name, parameters);
    }

    // ---- fields and structures

    private static void writeField(JCoMetaData meta, int index, Map<JCoRecordMetaData, Integer> records,
                                   DataOutput out) throws IOException {
        String name = meta.getName(index);
        out.writeUTF(name);
        out.writeInt(meta.getType(index));
        out.writeInt(meta.getLength(index));
        out.writeInt(meta.getDecimals(index));
        writeNullable(meta.getDescription(name), out);
        writeRecord(meta.getRecordMetaData(index), records, out);
    }

    private static FieldMeta readField(DataInput in, List<RecordMeta> records) throws IOException {
        String name = in.readUTF();
        int type = in.readInt();
        int length = in.readInt();
        int decimals = in.readInt();
        String description = readNullable(in);
        RecordMeta record = readRecord(in, records);
        return new FieldMeta(name, type, length, decimals, record, FieldMeta.Direction.NONE, false, null, description);
    }

    /** A structure: none, one sent before (its number), or a new one defined here. */
    private static void writeRecord(JCoRecordMetaData record, Map<JCoRecordMetaData, Integer> records,
                                    DataOutput out) throws IOException {
        if (record == null) {
            out.writeInt(NO_RECORD);
            return;
        }
        Integer known = records.get(record);
        if (known != null) {
            out.writeInt(known);
            return;
        }
        out.writeInt(NEW_RECORD);
        out.writeUTF(record.getName());
        out.writeInt(record.getFieldCount());
        for (int i = 0; i < record.getFieldCount(); i++) {
            writeField(record, i, records, out);
        }
        records.put(record, records.size() + 1);
    }

    private static RecordMeta readRecord(DataInput in, List<RecordMeta> records) throws IOException {
        int reference = in.readInt();
        if (reference == NO_RECORD) {
            return null;
        }
        if (reference != NEW_RECORD) {
            return records.get(reference - 1);
        }
        String name = in.readUTF();
        int count = in.readInt();
        List<FieldMeta> fields = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            fields.add(readField(in, records));
        }
        RecordMeta record = new RecordMeta(name, fields);
        records.add(record);
        return record;
    }

    private static void writeNullable(String value, DataOutput out) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInput in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
