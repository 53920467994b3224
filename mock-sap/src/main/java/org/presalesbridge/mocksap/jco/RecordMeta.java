package org.presalesbridge.mocksap.jco;

import java.util.List;

import com.sap.conn.jco.JCoRecordMetaData;

/** The metadata of a DDIC structure, also the row type of a table. */
public final class RecordMeta extends MetaData implements JCoRecordMetaData {
    private static final long serialVersionUID = 1L;

    public RecordMeta(String name, List<FieldMeta> fields) {
        super(name, fields);
    }

    @Override
    public int getRecordLength() {
        int length = 0;
        for (FieldMeta field : fields()) {
            length += field.length();
        }
        return length;
    }

    @Override
    public String getLineType() {
        return getName();
    }
}
