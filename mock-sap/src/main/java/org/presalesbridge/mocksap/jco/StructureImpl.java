package org.presalesbridge.mocksap.jco;

import java.util.Arrays;

import com.sap.conn.jco.JCoRecordMetaData;
import com.sap.conn.jco.JCoStructure;

/** A structure: one row of values. */
public final class StructureImpl extends AbstractRecord implements JCoStructure {
    private static final long serialVersionUID = 1L;

    private Object[] values;

    public StructureImpl(RecordMeta meta) {
        super(meta);
        this.values = new Object[meta.getFieldCount()];
    }

    @Override
    Object[] row() {
        return values;
    }

    @Override
    public JCoRecordMetaData getRecordMetaData() {
        return (RecordMeta) meta;
    }

    @Override
    public void clear() {
        Arrays.fill(values, null);
    }

    @Override
    public StructureImpl clone() {
        StructureImpl copy = new StructureImpl((RecordMeta) meta);
        copy.values = copyRow(values);
        return copy;
    }
}
