package com.sap.conn.jco;

/** An internal table: rows of one record type, with a cursor on the current row. */
public interface JCoTable extends JCoRecord {
    JCoRecordMetaData getRecordMetaData();

    boolean isEmpty();

    boolean isFirstRow();

    boolean isLastRow();

    int getNumRows();

    int getNumColumns();

    void deleteAllRows();

    void firstRow();

    void lastRow();

    boolean nextRow();

    boolean previousRow();

    int getRow();

    void setRow(int row);

    void appendRow();

    void appendRows(int count);

    void insertRow(int row);

    void deleteRow();

    void deleteRow(int row);
}
