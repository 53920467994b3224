package com.sap.conn.jco;

/** The import, export, changing or table parameters of a function. */
public interface JCoParameterList extends JCoRecord {
    JCoListMetaData getListMetaData();

    boolean isActive(String name);

    void setActive(String name, boolean active);
}
