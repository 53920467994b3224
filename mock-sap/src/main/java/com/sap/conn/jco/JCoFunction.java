package com.sap.conn.jco;

/** One call of a remote-enabled function module: its parameters, and its execution on a destination. */
public interface JCoFunction extends Cloneable, java.io.Serializable {
    JCoFunction clone();

    String getName();

    JCoParameterList getImportParameterList();

    JCoParameterList getExportParameterList();

    JCoParameterList getChangingParameterList();

    JCoParameterList getTableParameterList();

    AbapException[] getExceptionList();

    AbapException getException(String key);

    void execute(JCoDestination destination) throws JCoException;

    JCoFunctionTemplate getFunctionTemplate();
}
