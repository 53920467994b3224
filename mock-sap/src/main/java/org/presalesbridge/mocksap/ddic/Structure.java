package org.presalesbridge.mocksap.ddic;

import java.util.ArrayList;
import java.util.List;

import com.sap.conn.jco.JCoMetaData;

import org.presalesbridge.mocksap.jco.FieldMeta;
import org.presalesbridge.mocksap.jco.RecordMeta;

/**
 * Declares a DDIC structure in SAP's field order:
 * {@code Structure.named("BAPISDITM").numc("ITM_NUMBER", 6).chars("MATERIAL", 18).packed("TARGET_QTY", 13, 3).build()}.
 */
public final class Structure {
    private final String name;
    private final List<FieldMeta> fields = new ArrayList<>();

    private Structure(String name) {
        this.name = name;
    }

    public static Structure named(String name) {
        return new Structure(name);
    }

    private Structure add(String field, int type, int length, int decimals, RecordMeta record) {
        fields.add(FieldMeta.field(field, type, length, decimals, record));
        return this;
    }

    /** CHAR n */
    public Structure chars(String field, int length) {
        return add(field, JCoMetaData.TYPE_CHAR, length, 0, null);
    }

    /** NUMC n: digits only, zero-padded. */
    public Structure numc(String field, int length) {
        return add(field, JCoMetaData.TYPE_NUM, length, 0, null);
    }

    /** DATS: yyyyMMdd. */
    public Structure date(String field) {
        return add(field, JCoMetaData.TYPE_DATE, 8, 0, null);
    }

    /** TIMS: HHmmss. */
    public Structure time(String field) {
        return add(field, JCoMetaData.TYPE_TIME, 6, 0, null);
    }

    /** Packed number (DEC, CURR, QUAN) with {@code digits} digits, {@code decimals} of them after the point. */
    public Structure packed(String field, int digits, int decimals) {
        return add(field, JCoMetaData.TYPE_BCD, digits, decimals, null);
    }

    /** INT4 */
    public Structure int4(String field) {
        return add(field, JCoMetaData.TYPE_INT, 10, 0, null);
    }

    /** FLTP */
    public Structure float8(String field) {
        return add(field, JCoMetaData.TYPE_FLOAT, 16, 0, null);
    }

    /** STRING: no length limit. */
    public Structure string(String field) {
        return add(field, JCoMetaData.TYPE_STRING, 0, 0, null);
    }

    public Structure structure(String field, RecordMeta type) {
        return add(field, JCoMetaData.TYPE_STRUCTURE, type.getRecordLength(), 0, type);
    }

    public Structure table(String field, RecordMeta rowType) {
        return add(field, JCoMetaData.TYPE_TABLE, 0, 0, rowType);
    }

    public RecordMeta build() {
        return new RecordMeta(name, fields);
    }
}
