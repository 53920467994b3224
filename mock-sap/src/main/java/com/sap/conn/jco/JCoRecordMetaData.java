package com.sap.conn.jco;

/** The metadata of a structure or of a table's row. */
public interface JCoRecordMetaData extends JCoMetaData {
    int getRecordLength();

    String getLineType();
}
