package org.presalesbridge.mocksap.jco;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoMetaData;
import com.sap.conn.jco.JCoRecordMetaData;
import com.sap.conn.jco.JCoRuntimeException;

/** Field lookup shared by record and parameter-list metadata. Immutable once built. */
abstract class MetaData implements JCoMetaData {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final FieldMeta[] fields;
    private final Map<String, Integer> indexes = new HashMap<>();

    MetaData(String name, List<FieldMeta> fields) {
        this.name = name;
        this.fields = fields.toArray(FieldMeta[]::new);
        for (int i = 0; i < this.fields.length; i++) {
            indexes.put(this.fields[i].name(), i);
        }
    }

    FieldMeta field(int index) {
        if (index < 0 || index >= fields.length) {
            throw new JCoRuntimeException(JCoException.JCO_ERROR_FIELD_NOT_FOUND, "JCO_ERROR_FIELD_NOT_FOUND",
                    "Index " + index + " is out of range [0.." + fields.length + ") of " + name);
        }
        return fields[index];
    }

    /** The index of a field; unknown names fail as in JCo. */
    int requireIndex(String fieldName) {
        Integer index = indexes.get(fieldName);
        if (index == null) {
            throw new JCoRuntimeException(JCoException.JCO_ERROR_FIELD_NOT_FOUND, "JCO_ERROR_FIELD_NOT_FOUND",
                    "Field " + fieldName + " not a member of " + name);
        }
        return index;
    }

    FieldMeta field(String fieldName) {
        return fields[requireIndex(fieldName)];
    }

    FieldMeta[] fields() {
        return fields;
    }

    @Override
    public int indexOf(String fieldName) {
        Integer index = indexes.get(fieldName);
        return index == null ? -1 : index;
    }

    @Override
    public boolean hasField(String fieldName) {
        return indexes.containsKey(fieldName);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public int getFieldCount() {
        return fields.length;
    }

    @Override
    public String getName(int index) {
        return field(index).name();
    }

    @Override
    public String getRecordTypeName(String fieldName) {
        RecordMeta record = field(fieldName).record();
        return record == null ? null : record.getName();
    }

    @Override
    public JCoRecordMetaData getRecordMetaData(String fieldName) {
        return field(fieldName).record();
    }

    @Override
    public JCoRecordMetaData getRecordMetaData(int index) {
        return field(index).record();
    }

    @Override
    public int getLength(String fieldName) {
        return field(fieldName).length();
    }

    @Override
    public int getLength(int index) {
        return field(index).length();
    }

    @Override
    public int getType(String fieldName) {
        return field(fieldName).type();
    }

    @Override
    public int getType(int index) {
        return field(index).type();
    }

    @Override
    public String getTypeAsString(String fieldName) {
        return field(fieldName).typeName();
    }

    @Override
    public String getTypeAsString(int index) {
        return field(index).typeName();
    }

    @Override
    public int getDecimals(String fieldName) {
        return field(fieldName).decimals();
    }

    @Override
    public int getDecimals(int index) {
        return field(index).decimals();
    }

    @Override
    public String getDescription(String fieldName) {
        return field(fieldName).description();
    }

    @Override
    public boolean isStructure(String fieldName) {
        return field(fieldName).isStructure();
    }

    @Override
    public boolean isStructure(int index) {
        return field(index).isStructure();
    }

    @Override
    public boolean isTable(String fieldName) {
        return field(fieldName).isTable();
    }

    @Override
    public boolean isTable(int index) {
        return field(index).isTable();
    }

    @Override
    public void lock() {
        // built immutable
    }

    @Override
    public boolean isLocked() {
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
