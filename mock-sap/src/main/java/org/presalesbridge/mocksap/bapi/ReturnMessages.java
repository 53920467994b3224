package org.presalesbridge.mocksap.bapi;

import java.util.List;

import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.sd.SdMessage;

/** Writes SD's messages into SAP's return structures: BAPIRET2 rows and the older BAPIRETURN. */
final class ReturnMessages {

    private ReturnMessages() {
    }

    /** Appends the messages to a RETURN table of structure BAPIRET2. */
    static void append(JCoTable table, List<SdMessage> messages) {
        for (SdMessage message : messages) {
            table.appendRow();
            fill(table, message);
        }
    }

    /** Fills one BAPIRET2 record (a table row or an export structure). */
    static void fill(JCoRecord record, SdMessage message) {
        record.setValue("TYPE", String.valueOf(message.type()));
        record.setValue("ID", message.id());
        record.setValue("NUMBER", message.number());
        record.setValue("MESSAGE", message.message());
        record.setValue("MESSAGE_V1", message.v1());
        record.setValue("MESSAGE_V2", message.v2());
        record.setValue("MESSAGE_V3", message.v3());
        record.setValue("MESSAGE_V4", message.v4());
        record.setValue("PARAMETER", message.parameter());
        record.setValue("ROW", message.row());
        record.setValue("FIELD", message.field());
        record.setValue("SYSTEM", SdFunctions.LOGICAL_SYSTEM);
    }

    /** Fills a BAPIRETURN structure: CODE is the message class and number run together ("VS406"). */
    static void fillBapiReturn(JCoRecord record, SdMessage message) {
        record.setValue("TYPE", String.valueOf(message.type()));
        record.setValue("CODE", message.id() + message.number());
        record.setValue("MESSAGE", message.message());
        record.setValue("MESSAGE_V1", message.v1());
        record.setValue("MESSAGE_V2", message.v2());
        record.setValue("MESSAGE_V3", message.v3());
        record.setValue("MESSAGE_V4", message.v4());
    }
}
