package org.presalesbridge.mocksap.jco;

import java.util.ArrayList;
import java.util.List;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoRecordMetaData;
import com.sap.conn.jco.JCoRuntimeException;
import com.sap.conn.jco.JCoTable;

/** An internal table: rows of one record type and a cursor, as JCo's table. */
public final class TableImpl extends AbstractRecord implements JCoTable {
    private static final long serialVersionUID = 1L;

    private final List<Object[]> rows = new ArrayList<>();
    private int current = -1;

    public TableImpl(RecordMeta meta) {
        super(meta);
    }

    @Override
    Object[] row() {
        if (current < 0 || current >= rows.size()) {
            throw noCurrentRow(meta.getName());
        }
        return rows.get(current);
    }

    List<Object[]> rows() {
        return rows;
    }

    @Override
    public JCoRecordMetaData getRecordMetaData() {
        return (RecordMeta) meta;
    }

    @Override
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    @Override
    public boolean isFirstRow() {
        return !rows.isEmpty() && current == 0;
    }

    @Override
    public boolean isLastRow() {
        return !rows.isEmpty() && current == rows.size() - 1;
    }

    @Override
    public int getNumRows() {
        return rows.size();
    }

    @Override
    public int getNumColumns() {
        return meta.getFieldCount();
    }

    @Override
    public void clear() {
        deleteAllRows();
    }

    @Override
    public void deleteAllRows() {
        rows.clear();
        current = -1;
    }

    @Override
    public void firstRow() {
        current = rows.isEmpty() ? -1 : 0;
    }

    @Override
    public void lastRow() {
        current = rows.size() - 1;
    }

    @Override
    public boolean nextRow() {
        if (current + 1 >= rows.size()) {
            return false;
        }
        current++;
        return true;
    }

    @Override
    public boolean previousRow() {
        if (current <= 0) {
            return false;
        }
        current--;
        return true;
    }

    @Override
    public int getRow() {
        return current;
    }

    @Override
    public void setRow(int row) {
        if (row < 0 || row >= rows.size()) {
            throw new JCoRuntimeException(JCoException.JCO_ERROR_ILLEGAL_ARGUMENT, "JCO_ERROR_ILLEGAL_ARGUMENT",
                    "Row " + row + " is out of range [0.." + rows.size() + ") of table " + meta.getName());
        }
        current = row;
    }

    @Override
    public void appendRow() {
        rows.add(new Object[meta.getFieldCount()]);
        current = rows.size() - 1;
    }

    @Override
    public void appendRows(int count) {
        if (count <= 0) {
            return;
        }
        for (int i = 0; i < count; i++) {
            rows.add(new Object[meta.getFieldCount()]);
        }
        current = rows.size() - count;
    }

    @Override
    public void insertRow(int row) {
        if (row < 0 || row > rows.size()) {
            throw new JCoRuntimeException(JCoException.JCO_ERROR_ILLEGAL_ARGUMENT, "JCO_ERROR_ILLEGAL_ARGUMENT",
                    "Row " + row + " is out of range [0.." + rows.size() + "] of table " + meta.getName());
        }
        rows.add(row, new Object[meta.getFieldCount()]);
        current = row;
    }

    @Override
    public void deleteRow() {
        deleteRow(current);
    }

    @Override
    public void deleteRow(int row) {
        setRow(row);
        rows.remove(row);
        if (current >= rows.size()) {
            current = rows.size() - 1;
        }
    }

    /** Appends a row holding already-converted values (used by the wire codec). */
    void appendStored(Object[] values) {
        rows.add(values);
        current = rows.size() - 1;
    }

    @Override
    public TableImpl clone() {
        TableImpl copy = new TableImpl((RecordMeta) meta);
        for (Object[] row : rows) {
            copy.rows.add(copyRow(row));
        }
        copy.current = current;
        return copy;
    }

    @Override
    public String toString() {
        return meta.getName() + "[" + rows.size() + " rows]";
    }
}
