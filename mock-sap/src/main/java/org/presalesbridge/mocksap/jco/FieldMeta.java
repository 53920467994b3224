package org.presalesbridge.mocksap.jco;

import com.sap.conn.jco.JCoMetaData;

/**
 * One field or parameter as SAP's dictionary declares it. {@code length} counts characters (CHAR, NUMC),
 * digits (BCD) or is fixed by the type (DATS 8, TIMS 6, INT4 10).
 */
public record FieldMeta(String name, int type, int length, int decimals, RecordMeta record, Direction direction,
                        boolean optional, String defaultValue, String description) {

    /** Where a parameter goes; fields of a structure have none. */
    public enum Direction { NONE, IMPORT, EXPORT, CHANGING, TABLES }

    public static FieldMeta field(String name, int type, int length, int decimals, RecordMeta record) {
        return new FieldMeta(name, type, length, decimals, record, Direction.NONE, false, null, null);
    }

    public FieldMeta asParameter(Direction direction, boolean optional, String defaultValue) {
        return new FieldMeta(name, type, length, decimals, record, direction, optional, defaultValue, description);
    }

    public boolean isStructure() {
        return type == JCoMetaData.TYPE_STRUCTURE;
    }

    public boolean isTable() {
        return type == JCoMetaData.TYPE_TABLE;
    }

    public String typeName() {
        return switch (type) {
            case JCoMetaData.TYPE_CHAR -> "CHAR";
            case JCoMetaData.TYPE_NUM -> "NUM";
            case JCoMetaData.TYPE_DATE -> "DATE";
            case JCoMetaData.TYPE_TIME -> "TIME";
            case JCoMetaData.TYPE_BCD -> "BCD";
            case JCoMetaData.TYPE_INT -> "INT";
            case JCoMetaData.TYPE_FLOAT -> "FLOAT";
            case JCoMetaData.TYPE_STRING -> "STRING";
            case JCoMetaData.TYPE_STRUCTURE -> "STRUCTURE";
            case JCoMetaData.TYPE_TABLE -> "TABLE";
            default -> "INVALID";
        };
    }
}
