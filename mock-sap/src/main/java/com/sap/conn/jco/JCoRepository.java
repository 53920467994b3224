package com.sap.conn.jco;

/** The function and structure metadata of an SAP system, read through a destination. */
public interface JCoRepository {
    String getName();

    JCoFunctionTemplate getFunctionTemplate(String functionName) throws JCoException;

    JCoFunction getFunction(String functionName) throws JCoException;

    JCoRecordMetaData getStructureDefinition(String structureName) throws JCoException;
}
