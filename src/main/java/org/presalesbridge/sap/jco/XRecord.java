package org.presalesbridge.sap.jco;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.sap.conn.jco.JCoRecord;

import org.presalesbridge.translation.SapDates;

/**
 * An IN record and its X (checkbox) record written together, as SAP's create and change BAPIs want them: each
 * value set in the IN record gets its flag 'X' in the X record; key fields are filled in both.
 */
final class XRecord {

    private final JCoRecord in;
    private final JCoRecord x;

    XRecord(JCoRecord in, JCoRecord x) {
        this.in = in;
        this.x = x;
    }

    XRecord updateFlag(String flag) {
        x.setValue("UPDATEFLAG", flag);
        return this;
    }

    /** A key field (ITM_NUMBER, SCHED_LINE): in both records, no flag. */
    XRecord key(String field, String value) {
        in.setValue(field, value);
        x.setValue(field, value);
        return this;
    }

    /** A value and its flag; nothing when the value is null. */
    XRecord set(String field, String value) {
        if (value != null) {
            in.setValue(field, value);
            x.setValue(field, "X");
        }
        return this;
    }

    XRecord set(String field, BigDecimal value) {
        if (value != null) {
            in.setValue(field, value);
            x.setValue(field, "X");
        }
        return this;
    }

    XRecord set(String field, LocalDate value) {
        if (value != null) {
            in.setValue(field, SapDates.toJco(value));
            x.setValue(field, "X");
        }
        return this;
    }
}
