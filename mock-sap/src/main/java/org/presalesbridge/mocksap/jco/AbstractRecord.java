package org.presalesbridge.mocksap.jco;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

import com.sap.conn.jco.ConversionException;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoRuntimeException;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;

/** Field access by name or index over the current row of values, converted by each field's ABAP type. */
abstract class AbstractRecord implements JCoRecord {
    private static final long serialVersionUID = 1L;

    final MetaData meta;

    AbstractRecord(MetaData meta) {
        this.meta = meta;
    }

    @Override
    public abstract AbstractRecord clone();

    /** The values of the current row (a structure's only row, a table's current row). */
    abstract Object[] row();

    @Override
    public MetaData getMetaData() {
        return meta;
    }

    @Override
    public int getFieldCount() {
        return meta.getFieldCount();
    }

    // ---- nested records are created on first access, like JCo's

    Object nested(Object[] row, int index) {
        FieldMeta field = meta.field(index);
        Object value = row[index];
        if (value == null) {
            value = field.isTable() ? new TableImpl(field.record()) : new StructureImpl(field.record());
            row[index] = value;
        }
        return value;
    }

    Object stored(int index) {
        FieldMeta field = meta.field(index);
        Object[] row = row();
        if (field.isStructure() || field.isTable()) {
            return nested(row, index);
        }
        return row[index];
    }

    void store(int index, Object value) {
        FieldMeta field = meta.field(index);
        Object[] row = row();
        if (field.isStructure() || field.isTable()) {
            storeNested(row, index, field, value);
            return;
        }
        row[index] = Values.toStored(meta.getName(), field, value);
    }

    private void storeNested(Object[] row, int index, FieldMeta field, Object value) {
        if (value == null) {
            row[index] = null;
            return;
        }
        if (field.isTable() && value instanceof TableImpl table) {
            row[index] = table.clone();
        } else if (field.isStructure() && value instanceof StructureImpl structure) {
            row[index] = structure.clone();
        } else {
            throw new ConversionException("Field " + field.name() + " of type " + field.typeName()
                    + " cannot take a " + value.getClass().getSimpleName());
        }
    }

    private FieldMeta simpleField(int index, String wanted) {
        FieldMeta field = meta.field(index);
        if (field.isStructure() || field.isTable()) {
            throw new ConversionException("Field " + field.name() + " is a " + field.typeName() + ", not " + wanted);
        }
        return field;
    }

    // ---- getters by index

    @Override
    public Object getValue(int index) {
        FieldMeta field = meta.field(index);
        Object value = stored(index);
        return field.isStructure() || field.isTable() ? value : Values.asValue(field, value);
    }

    @Override
    public String getString(int index) {
        FieldMeta field = simpleField(index, "a string");
        return Values.asString(field, row()[index]);
    }

    @Override
    public char getChar(int index) {
        String text = getString(index);
        return text.isEmpty() ? ' ' : text.charAt(0);
    }

    @Override
    public int getInt(int index) {
        FieldMeta field = simpleField(index, "an int");
        try {
            return Values.asDecimal(field, row()[index]).intValueExact();
        } catch (ArithmeticException e) {
            throw new ConversionException("Value of field " + field.name() + " is not an int", e);
        }
    }

    @Override
    public long getLong(int index) {
        FieldMeta field = simpleField(index, "a long");
        try {
            return Values.asDecimal(field, row()[index]).longValueExact();
        } catch (ArithmeticException e) {
            throw new ConversionException("Value of field " + field.name() + " is not a long", e);
        }
    }

    @Override
    public double getDouble(int index) {
        FieldMeta field = simpleField(index, "a double");
        Object stored = row()[index];
        if (stored instanceof Double number) {
            return number;
        }
        return Values.asDecimal(field, stored).doubleValue();
    }

    @Override
    public BigDecimal getBigDecimal(int index) {
        return Values.asDecimal(simpleField(index, "a BigDecimal"), row()[index]);
    }

    @Override
    public Date getDate(int index) {
        return Values.asDate(simpleField(index, "a date"), row()[index]);
    }

    @Override
    public JCoStructure getStructure(int index) {
        Object value = stored(index);
        if (value instanceof JCoStructure structure) {
            return structure;
        }
        throw new ConversionException("Field " + meta.getName(index) + " is not a structure");
    }

    @Override
    public JCoTable getTable(int index) {
        Object value = stored(index);
        if (value instanceof JCoTable table) {
            return table;
        }
        throw new ConversionException("Field " + meta.getName(index) + " is not a table");
    }

    @Override
    public boolean isInitialized(int index) {
        meta.field(index);
        return row()[index] != null;
    }

    // ---- getters by name

    @Override
    public Object getValue(String name) {
        return getValue(meta.requireIndex(name));
    }

    @Override
    public String getString(String name) {
        return getString(meta.requireIndex(name));
    }

    @Override
    public char getChar(String name) {
        return getChar(meta.requireIndex(name));
    }

    @Override
    public int getInt(String name) {
        return getInt(meta.requireIndex(name));
    }

    @Override
    public long getLong(String name) {
        return getLong(meta.requireIndex(name));
    }

    @Override
    public double getDouble(String name) {
        return getDouble(meta.requireIndex(name));
    }

    @Override
    public BigInteger getBigInteger(String name) {
        return getBigDecimal(name).toBigInteger();
    }

    @Override
    public BigDecimal getBigDecimal(String name) {
        return getBigDecimal(meta.requireIndex(name));
    }

    @Override
    public Date getDate(String name) {
        return getDate(meta.requireIndex(name));
    }

    @Override
    public Date getTime(String name) {
        return getDate(meta.requireIndex(name));
    }

    @Override
    public JCoStructure getStructure(String name) {
        return getStructure(meta.requireIndex(name));
    }

    @Override
    public JCoTable getTable(String name) {
        return getTable(meta.requireIndex(name));
    }

    @Override
    public boolean isInitialized(String name) {
        return isInitialized(meta.requireIndex(name));
    }

    // ---- setters

    @Override
    public void setValue(int index, Object value) {
        store(index, value);
    }

    @Override
    public void setValue(int index, String value) {
        store(index, value);
    }

    @Override
    public void setValue(int index, char value) {
        store(index, String.valueOf(value));
    }

    @Override
    public void setValue(int index, Date value) {
        store(index, value);
    }

    @Override
    public void setValue(int index, int value) {
        store(index, value);
    }

    @Override
    public void setValue(int index, long value) {
        store(index, value);
    }

    @Override
    public void setValue(int index, double value) {
        store(index, value);
    }

    @Override
    public void setValue(int index, BigDecimal value) {
        store(index, value);
    }

    @Override
    public void setValue(String name, Object value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, String value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, char value) {
        store(meta.requireIndex(name), String.valueOf(value));
    }

    @Override
    public void setValue(String name, Date value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, short value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, int value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, long value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, float value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, double value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, BigDecimal value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, BigInteger value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, JCoStructure value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public void setValue(String name, JCoTable value) {
        store(meta.requireIndex(name), value);
    }

    @Override
    public int copyFrom(JCoRecord source) {
        int copied = 0;
        for (FieldMeta field : meta.fields()) {
            if (!source.getMetaData().hasField(field.name()) || field.isTable() || field.isStructure()) {
                continue;
            }
            if (source.isInitialized(field.name())) {
                store(meta.requireIndex(field.name()), source.getValue(field.name()));
                copied++;
            }
        }
        return copied;
    }

    static Object[] copyRow(Object[] row) {
        Object[] copy = row.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] instanceof AbstractRecord record) {
                copy[i] = record.clone();
            }
        }
        return copy;
    }

    static JCoRuntimeException noCurrentRow(String table) {
        return new JCoRuntimeException(JCoException.JCO_ERROR_ILLEGAL_STATE, "JCO_ERROR_ILLEGAL_STATE",
                "Table " + table + " has no current row: append a row first");
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(meta.getName()).append('{');
        FieldMeta[] fields = meta.fields();
        Object[] row = row();
        for (int i = 0; i < fields.length; i++) {
            if (row[i] != null) {
                text.append(fields[i].name()).append('=').append(row[i]).append(' ');
            }
        }
        return text.append('}').toString();
    }
}
