package org.presalesbridge.mocksap.jco;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;

/**
 * A function: its parameter lists and its execution. As in JCo, a parameter list the function
 * module does not have is null (BAPI_TRANSACTION_ROLLBACK has no import list).
 */
public final class FunctionImpl implements JCoFunction {
    private static final long serialVersionUID = 1L;

    private final FunctionTemplateImpl template;
    private ParameterListImpl imports;
    private ParameterListImpl exports;
    private ParameterListImpl changing;
    private ParameterListImpl tables;

    FunctionImpl(FunctionTemplateImpl template) {
        this.template = template;
        this.imports = list(template.getImportParameterList());
        this.exports = list(template.getExportParameterList());
        this.changing = list(template.getChangingParameterList());
        this.tables = list(template.getTableParameterList());
    }

    private static ParameterListImpl list(ListMeta meta) {
        return meta == null || meta.getFieldCount() == 0 ? null : new ParameterListImpl(meta);
    }

    @Override
    public FunctionImpl clone() {
        FunctionImpl copy = new FunctionImpl(template);
        copy.imports = imports == null ? null : imports.clone();
        copy.exports = exports == null ? null : exports.clone();
        copy.changing = changing == null ? null : changing.clone();
        copy.tables = tables == null ? null : tables.clone();
        return copy;
    }

    @Override
    public String getName() {
        return template.getName();
    }

    @Override
    public ParameterListImpl getImportParameterList() {
        return imports;
    }

    @Override
    public ParameterListImpl getExportParameterList() {
        return exports;
    }

    @Override
    public ParameterListImpl getChangingParameterList() {
        return changing;
    }

    @Override
    public ParameterListImpl getTableParameterList() {
        return tables;
    }

    @Override
    public AbapException[] getExceptionList() {
        return template.exceptions().stream().map(AbapException::new).toArray(AbapException[]::new);
    }

    @Override
    public AbapException getException(String key) {
        return template.exceptions().contains(key) ? new AbapException(key) : null;
    }

    @Override
    public void execute(JCoDestination destination) throws JCoException {
        if (!(destination instanceof MockDestination mock)) {
            throw new JCoException(JCoException.JCO_ERROR_ILLEGAL_ARGUMENT, "JCO_ERROR_ILLEGAL_ARGUMENT",
                    "Not a destination of this JCo: " + destination);
        }
        mock.execute(this);
    }

    @Override
    public FunctionTemplateImpl getFunctionTemplate() {
        return template;
    }

    @Override
    public String toString() {
        return "Function " + getName();
    }
}
