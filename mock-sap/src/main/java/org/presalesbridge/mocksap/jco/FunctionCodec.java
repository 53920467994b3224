package org.presalesbridge.mocksap.jco;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoMetaData;

/**
 * Carries a function's parameters over "the wire": the request (import, changing, tables) from caller
 * to SAP and the response (export, changing, tables) back. Both sides build the function from the same
 * template, so fields travel by index; only set values travel. Used by the in-process transport, so that
 * nothing is shared between caller and SAP, and by the TCP gateway.
 */
public final class FunctionCodec {
    private static final int END = 0;

    private FunctionCodec() {
    }

    public static byte[] request(JCoFunction function) {
        return encode(function, true);
    }

    public static byte[] response(JCoFunction function) {
        return encode(function, false);
    }

    /** Fills a fresh function's import, changing and tables from a request. */
    public static void readRequest(byte[] bytes, JCoFunction into) {
        decode(bytes, into, true);
    }

    /** Replaces the caller's export, changing and tables with SAP's response. */
    public static void readResponse(byte[] bytes, JCoFunction into) {
        decode(bytes, into, false);
    }

    public static void writeRequest(JCoFunction function, DataOutput out) throws IOException {
        FunctionImpl f = (FunctionImpl) function;
        writeList(f.getImportParameterList(), out);
        writeList(f.getChangingParameterList(), out);
        writeList(f.getTableParameterList(), out);
    }

    public static void writeResponse(JCoFunction function, DataOutput out) throws IOException {
        FunctionImpl f = (FunctionImpl) function;
        writeList(f.getExportParameterList(), out);
        writeList(f.getChangingParameterList(), out);
        writeList(f.getTableParameterList(), out);
    }

    public static void readRequest(DataInput in, JCoFunction into) throws IOException {
        FunctionImpl f = (FunctionImpl) into;
        readList(in, f.getImportParameterList());
        readList(in, f.getChangingParameterList());
        readList(in, f.getTableParameterList());
    }

    public static void readResponse(DataInput in, JCoFunction into) throws IOException {
        FunctionImpl f = (FunctionImpl) into;
        readList(in, f.getExportParameterList());
        readList(in, f.getChangingParameterList());
        readList(in, f.getTableParameterList());
    }

    private static byte[] encode(JCoFunction function, boolean request) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            if (request) {
                writeRequest(function, out);
            } else {
                writeResponse(function, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void decode(byte[] bytes, JCoFunction into, boolean request) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (request) {
                readRequest(in, into);
            } else {
                readResponse(in, into);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- records

    private static void writeList(ParameterListImpl list, DataOutput out) throws IOException {
        if (list != null) {
            writeRow(list.meta, list.row(), out);
        }
    }

    private static void readList(DataInput in, ParameterListImpl list) throws IOException {
        if (list == null) {
            return;
        }
        Object[] received = new Object[list.meta.getFieldCount()];
        readRow(in, list.meta, received);
        Object[] row = list.row();
        for (int i = 0; i < row.length; i++) {
            row[i] = inPlace(row[i], received[i]);
        }
    }

    /**
     * Callers keep references to tables and structures across execute, as with JCo: fill those in place, nested
     * ones included (a table inside an export structure taken before execute shows SAP's rows afterwards).
     */
    private static Object inPlace(Object current, Object received) {
        if (current instanceof TableImpl table) {
            table.deleteAllRows();
            if (received instanceof TableImpl arrived) {
                arrived.rows().forEach(table::appendStored);
                table.firstRow();
            }
            return table;
        }
        if (current instanceof StructureImpl structure) {
            Object[] values = structure.row();
            Object[] arrived = received instanceof StructureImpl answer ? answer.row() : new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = inPlace(values[i], arrived[i]);
            }
            return structure;
        }
        return received;
    }

    private static void writeRow(MetaData meta, Object[] row, DataOutput out) throws IOException {
        FieldMeta[] fields = meta.fields();
        for (int i = 0; i < fields.length; i++) {
            Object value = row[i];
            if (value == null || (value instanceof TableImpl table && table.isEmpty())) {
                continue;
            }
            out.writeShort(i + 1);
            writeValue(fields[i], value, out);
        }
        out.writeShort(END);
    }

    private static void readRow(DataInput in, MetaData meta, Object[] row) throws IOException {
        FieldMeta[] fields = meta.fields();
        for (int tag = in.readUnsignedShort(); tag != END; tag = in.readUnsignedShort()) {
            int index = tag - 1;
            row[index] = readValue(fields[index], in);
        }
    }

    private static void writeValue(FieldMeta field, Object value, DataOutput out) throws IOException {
        switch (field.type()) {
            case JCoMetaData.TYPE_STRUCTURE -> {
                StructureImpl structure = (StructureImpl) value;
                writeRow(structure.meta, structure.row(), out);
            }
            case JCoMetaData.TYPE_TABLE -> {
                TableImpl table = (TableImpl) value;
                out.writeInt(table.rows().size());
                for (Object[] row : table.rows()) {
                    writeRow(table.meta, row, out);
                }
            }
            case JCoMetaData.TYPE_BCD -> {
                BigDecimal decimal = (BigDecimal) value;
                byte[] unscaled = decimal.unscaledValue().toByteArray();
                out.writeByte(decimal.scale());
                out.writeByte(unscaled.length);
                out.write(unscaled);
            }
            case JCoMetaData.TYPE_INT, JCoMetaData.TYPE_INT1, JCoMetaData.TYPE_INT2 -> out.writeInt((Integer) value);
            case JCoMetaData.TYPE_FLOAT -> out.writeDouble((Double) value);
            default -> writeText((String) value, out);
        }
    }

    private static Object readValue(FieldMeta field, DataInput in) throws IOException {
        switch (field.type()) {
            case JCoMetaData.TYPE_STRUCTURE -> {
                StructureImpl structure = new StructureImpl(field.record());
                readRow(in, structure.meta, structure.row());
                return structure;
            }
            case JCoMetaData.TYPE_TABLE -> {
                TableImpl table = new TableImpl(field.record());
                int rows = in.readInt();
                for (int r = 0; r < rows; r++) {
                    Object[] row = new Object[table.meta.getFieldCount()];
                    readRow(in, table.meta, row);
                    table.appendStored(row);
                }
                table.firstRow();
                return table;
            }
            case JCoMetaData.TYPE_BCD -> {
                int scale = in.readByte();
                byte[] unscaled = new byte[in.readUnsignedByte()];
                in.readFully(unscaled);
                return new BigDecimal(new BigInteger(unscaled), scale);
            }
            case JCoMetaData.TYPE_INT, JCoMetaData.TYPE_INT1, JCoMetaData.TYPE_INT2 -> {
                return in.readInt();
            }
            case JCoMetaData.TYPE_FLOAT -> {
                return in.readDouble();
            }
            default -> {
                return readText(in);
            }
        }
    }

    private static void writeText(String text, DataOutput out) throws IOException {
        byte[] utf8 = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readText(DataInput in) throws IOException {
        byte[] utf8 = new byte[in.readInt()];
        in.readFully(utf8);
        return new String(utf8, java.nio.charset.StandardCharsets.UTF_8);
    }
}
