package org.presalesbridge.mocksap.jco;

import java.util.Arrays;

import com.sap.conn.jco.JCoListMetaData;
import com.sap.conn.jco.JCoParameterList;

/** One parameter list of a function: a single row of parameter values. */
public final class ParameterListImpl extends AbstractRecord implements JCoParameterList {
    private static final long serialVersionUID = 1L;

    private Object[] values;
    private final boolean[] inactive;

    ParameterListImpl(ListMeta meta) {
        super(meta);
        this.values = new Object[meta.getFieldCount()];
        this.inactive = new boolean[meta.getFieldCount()];
    }

    @Override
    Object[] row() {
        return values;
    }

    @Override
    public JCoListMetaData getListMetaData() {
        return (ListMeta) meta;
    }

    @Override
    public boolean isActive(String name) {
        return !inactive[meta.requireIndex(name)];
    }

    @Override
    public void setActive(String name, boolean active) {
        inactive[meta.requireIndex(name)] = !active;
    }

    @Override
    public void clear() {
        Arrays.fill(values, null);
    }

    @Override
    public ParameterListImpl clone() {
        ParameterListImpl copy = new ParameterListImpl((ListMeta) meta);
        copy.values = copyRow(values);
        System.arraycopy(inactive, 0, copy.inactive, 0, inactive.length);
        return copy;
    }
}
