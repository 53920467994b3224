package org.presalesbridge.mocksap.jco;

import java.util.List;

import com.sap.conn.jco.JCoListMetaData;

/** The metadata of one parameter list of a function (import, export, changing or tables). */
public final class ListMeta extends MetaData implements JCoListMetaData {
    private static final long serialVersionUID = 1L;

    public ListMeta(String name, List<FieldMeta> parameters) {
        super(name, parameters);
    }

    @Override
    public boolean isOptional(String name) {
        return field(name).optional();
    }

    @Override
    public boolean isOptional(int index) {
        return field(index).optional();
    }

    @Override
    public boolean isImport(String name) {
        FieldMeta.Direction direction = field(name).direction();
        return direction == FieldMeta.Direction.IMPORT || direction == FieldMeta.Direction.CHANGING;
    }

    @Override
    public boolean isExport(String name) {
        FieldMeta.Direction direction = field(name).direction();
        return direction == FieldMeta.Direction.EXPORT || direction == FieldMeta.Direction.CHANGING;
    }

    @Override
    public boolean isChanging(String name) {
        return field(name).direction() == FieldMeta.Direction.CHANGING;
    }

    @Override
    public boolean isException(String name) {
        return false;
    }

    @Override
    public String getDefault(String name) {
        return field(name).defaultValue();
    }
}
