package com.sap.conn.jco;

/** A structure: one record of a DDIC structure type. */
public interface JCoStructure extends JCoRecord {
    JCoRecordMetaData getRecordMetaData();
}
