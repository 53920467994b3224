package com.sap.conn.jco;

/** A function module's interface, as the repository read it from SAP's dictionary. */
public interface JCoFunctionTemplate extends java.io.Serializable {
    String getName();

    JCoListMetaData getImportParameterList();

    JCoListMetaData getExportParameterList();

    JCoListMetaData getChangingParameterList();

    JCoListMetaData getTableParameterList();

    JCoFunction getFunction();
}
