package com.sap.conn.jco;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Date;

/** Fields by name or index, read and written with conversions driven by the field's ABAP type. */
public interface JCoRecord extends java.io.Serializable, Cloneable {
    JCoMetaData getMetaData();

    void clear();

    Object clone();

    int copyFrom(JCoRecord record);

    int getFieldCount();

    Object getValue(String name);

    Object getValue(int index);

    String getString(String name);

    String getString(int index);

    char getChar(String name);

    char getChar(int index);

    int getInt(String name);

    int getInt(int index);

    long getLong(String name);

    long getLong(int index);

    double getDouble(String name);

    double getDouble(int index);

    BigInteger getBigInteger(String name);

    BigDecimal getBigDecimal(String name);

    BigDecimal getBigDecimal(int index);

    Date getDate(String name);

    Date getDate(int index);

    Date getTime(String name);

    JCoStructure getStructure(String name);

    JCoStructure getStructure(int index);

    JCoTable getTable(String name);

    JCoTable getTable(int index);

    void setValue(String name, String value);

    void setValue(String name, char value);

    void setValue(String name, Date value);

    void setValue(String name, short value);

    void setValue(String name, int value);

    void setValue(String name, long value);

    void setValue(String name, float value);

    void setValue(String name, double value);

    void setValue(String name, BigDecimal value);

    void setValue(String name, BigInteger value);

    void setValue(String name, JCoStructure value);

    void setValue(String name, JCoTable value);

    void setValue(String name, Object value);

    void setValue(int index, String value);

    void setValue(int index, char value);

    void setValue(int index, Date value);

    void setValue(int index, int value);

    void setValue(int index, long value);

    void setValue(int index, double value);

    void setValue(int index, BigDecimal value);

    void setValue(int index, Object value);

    boolean isInitialized(String name);

    boolean isInitialized(int index);
}
