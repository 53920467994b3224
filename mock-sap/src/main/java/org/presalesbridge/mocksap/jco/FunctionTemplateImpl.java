package org.presalesbridge.mocksap.jco;

import java.util.List;

import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;

/** A function module's interface; makes fresh functions with empty parameter lists. */
public final class FunctionTemplateImpl implements JCoFunctionTemplate {
    private static final long serialVersionUID = 1L;

    private final String name;
    private final ListMeta imports;
    private final ListMeta exports;
    private final ListMeta changing;
    private final ListMeta tables;
    private final List<String> exceptions;

    public FunctionTemplateImpl(String name, ListMeta imports, ListMeta exports, ListMeta changing, ListMeta tables,
                                List<String> exceptions) {
        this.name = name;
        this.imports = imports;
        this.exports = exports;
        this.changing = changing;
        this.tables = tables;
        this.exceptions = List.copyOf(exceptions);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public ListMeta getImportParameterList() {
        return imports;
    }

    @Override
    public ListMeta getExportParameterList() {
        return exports;
    }

    @Override
    public ListMeta getChangingParameterList() {
        return changing;
    }

    @Override
    public ListMeta getTableParameterList() {
        return tables;
    }

    /** The classic exceptions the function module may raise. */
    public List<String> exceptions() {
        return exceptions;
    }

    @Override
    public JCoFunction getFunction() {
        return new FunctionImpl(this);
    }

    @Override
    public String toString() {
        return name;
    }
}
