package com.sap.conn.jco;

/** The metadata of a parameter list: each parameter's direction, optionality and default. */
public interface JCoListMetaData extends JCoMetaData {
    boolean isOptional(String name);

    boolean isOptional(int index);

    boolean isImport(String name);

    boolean isExport(String name);

    boolean isChanging(String name);

    boolean isException(String name);

    String getDefault(String name);
}
