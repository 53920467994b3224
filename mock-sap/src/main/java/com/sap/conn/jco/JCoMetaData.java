package com.sap.conn.jco;

/** Describes the fields of a record: names, ABAP types, lengths. */
public interface JCoMetaData extends java.io.Serializable, Cloneable {
    int UNINITIALIZED = -1;
    int TYPE_INVALID = -1;
    int TYPE_CHAR = 0;
    int TYPE_DATE = 1;
    int TYPE_BCD = 2;
    int TYPE_TIME = 3;
    int TYPE_BYTE = 4;
    int TYPE_ITAB = 5;
    int TYPE_NUM = 6;
    int TYPE_FLOAT = 7;
    int TYPE_INT = 8;
    int TYPE_INT2 = 9;
    int TYPE_INT1 = 10;
    int TYPE_STRUCTURE = 17;
    int TYPE_STRING = 29;
    int TYPE_XSTRING = 30;
    int TYPE_INT8 = 40;
    int TYPE_TABLE = 99;
    int TYPE_EXCEPTION = 98;

    int indexOf(String name);

    boolean hasField(String name);

    String getName();

    int getFieldCount();

    String getName(int index);

    String getRecordTypeName(String name);

    JCoRecordMetaData getRecordMetaData(String name);

    JCoRecordMetaData getRecordMetaData(int index);

    int getLength(String name);

    int getLength(int index);

    int getType(String name);

    int getType(int index);

    String getTypeAsString(String name);

    String getTypeAsString(int index);

    int getDecimals(String name);

    int getDecimals(int index);

    String getDescription(String name);

    boolean isStructure(String name);

    boolean isStructure(int index);

    boolean isTable(String name);

    boolean isTable(int index);

    void lock();

    boolean isLocked();
}
