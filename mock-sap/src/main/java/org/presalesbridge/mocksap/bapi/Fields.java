package org.presalesbridge.mocksap.bapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import com.sap.conn.jco.JCoRecord;

import org.presalesbridge.mocksap.sd.masterdata.ConversionExits;

/**
 * Reading and writing JCo fields in SD's terms: texts stripped of the trailing blanks SAP pads them
 * with, dates as LocalDate (null for 00000000), quantities and amounts as BigDecimal. RFC runs no
 * conversion exits, so neither do these: "1000" stays "1000".
 */
final class Fields {

    /** S/4HANA's field for material numbers of 40 characters, beside MATERIAL. */
    static final String MATERIAL_LONG = "MATERIAL_LONG";

    private Fields() {
    }

    static String text(JCoRecord record, String field) {
        String value = record.getString(field);
        return value == null ? "" : value.stripTrailing();
    }

    static LocalDate date(JCoRecord record, String field) {
        Date value = record.getDate(field);
        return value == null ? null : value.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    static BigDecimal decimal(JCoRecord record, String field) {
        BigDecimal value = record.getBigDecimal(field);
        return value == null ? BigDecimal.ZERO : value;
    }

    static char flag(JCoRecord record, String field) {
        String value = text(record, field);
        return value.isEmpty() ? ' ' : value.charAt(0);
    }

    static boolean isX(JCoRecord record, String field) {
        return "X".equals(text(record, field));
    }

    /** A material number as the caller sent it: S/4HANA's MATERIAL_LONG (40) when filled, else MATERIAL (18). */
    static String material(JCoRecord record) {
        String material = record.getMetaData().hasField(MATERIAL_LONG) ? text(record, MATERIAL_LONG) : "";
        return material.isEmpty() ? text(record, "MATERIAL") : material;
    }

    /**
     * A material number as S/4HANA answers it: whole in MATERIAL_LONG (where the structure has it), and in MATERIAL
     * when it fits its 18 characters.
     */
    static void setMaterial(JCoRecord record, String material) {
        if (material.length() <= ConversionExits.MATERIAL_LENGTH) {
            record.setValue("MATERIAL", material);
        }
        if (record.getMetaData().hasField(MATERIAL_LONG)) {
            record.setValue(MATERIAL_LONG, material);
        }
    }

    static void setDate(JCoRecord record, String field, LocalDate date) {
        if (date != null) {
            record.setValue(field, Date.from(date.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        }
    }
}
