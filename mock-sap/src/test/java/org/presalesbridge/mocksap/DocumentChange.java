package org.presalesbridge.mocksap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;

/**
 * A change through BAPI_CUSTOMERQUOTATION_CHANGE or BAPI_CUSTOMERINQUIRY_CHANGE as an integration
 * sends it: each field set in the IN structure is flagged 'X' in the X structure, with UPDATEFLAG.
 */
public final class DocumentChange {

    private final String function;
    private final String prefix;
    private final String number;
    private String headerFlag = "U";
    private final List<Object[]> header = new ArrayList<>();
    private final List<Object[]> items = new ArrayList<>();
    private final List<Object[]> scheduleLines = new ArrayList<>();
    private final List<Object[]> partnerChanges = new ArrayList<>();
    private boolean simulation;

    private DocumentChange(String function, String prefix, String number) {
        this.function = function;
        this.prefix = prefix;
        this.number = number;
    }

    public static DocumentChange quotation(String number) {
        return new DocumentChange("BAPI_CUSTOMERQUOTATION_CHANGE", "QUOTATION", number);
    }

    public static DocumentChange inquiry(String number) {
        return new DocumentChange("BAPI_CUSTOMERINQUIRY_CHANGE", "INQUIRY", number);
    }

    public DocumentChange header(String field, Object value) {
        header.add(new Object[] {field, value});
        return this;
    }

    public DocumentChange headerUpdateFlag(String flag) {
        this.headerFlag = flag;
        return this;
    }

    /** An item change: flag I, U or D, item number, fields and values. */
    public DocumentChange item(String flag, String item, Object... fieldsAndValues) {
        items.add(new Object[] {flag, item, fieldsAndValues});
        return this;
    }

    public DocumentChange scheduleLine(String flag, String item, String line, String quantity) {
        scheduleLines.add(new Object[] {flag, item, line, new BigDecimal(quantity)});
        return this;
    }

    public DocumentChange partnerChange(String flag, String role, String oldNumber, String newNumber) {
        partnerChanges.add(new Object[] {flag, role, oldNumber, newNumber});
        return this;
    }

    public DocumentChange simulation() {
        this.simulation = true;
        return this;
    }

    public BapiCall execute(JCoDestination destination) throws JCoException {
        BapiCall call = BapiCall.of(destination, function).set("SALESDOCUMENT", number)
                .structure(prefix + "_HEADER_INX", "UPDATEFLAG", headerFlag);
        for (Object[] field : header) {
            call.structure(prefix + "_HEADER_IN", (String) field[0], field[1]);
            call.structure(prefix + "_HEADER_INX", (String) field[0], "X");
        }
        for (Object[] item : items) {
            Object[] fields = (Object[]) item[2];
            List<Object> in = new ArrayList<>(List.of("ITM_NUMBER", item[1]));
            List<Object> flags = new ArrayList<>(List.of("ITM_NUMBER", item[1], "UPDATEFLAG", item[0]));
            for (int i = 0; i < fields.length; i += 2) {
                in.add(fields[i]);
                in.add(fields[i + 1]);
                flags.add(fields[i]);
                flags.add("X");
            }
            call.row(prefix + "_ITEM_IN", in.toArray());
            call.row(prefix + "_ITEM_INX", flags.toArray());
        }
        for (Object[] line : scheduleLines) {
            call.row("SCHEDULE_LINES", "ITM_NUMBER", line[1], "SCHED_LINE", line[2], "REQ_QTY", line[3]);
            call.row("SCHEDULE_LINESX", "ITM_NUMBER", line[1], "SCHED_LINE", line[2], "UPDATEFLAG", line[0],
                    "REQ_QTY", "X");
        }
        for (Object[] change : partnerChanges) {
            call.row("PARTNERCHANGES", "UPDATEFLAG", change[0], "PARTN_ROLE", change[1], "P_NUMB_OLD", change[2],
                    "P_NUMB_NEW", change[3]);
        }
        if (simulation) {
            call.set("SIMULATION", "X");
        }
        return call.execute(destination);
    }
}
