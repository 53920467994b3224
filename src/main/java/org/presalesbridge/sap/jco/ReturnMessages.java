package org.presalesbridge.sap.jco;

import java.util.ArrayList;
import java.util.List;

import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.document.SapMessage;

/** Reads SAP's RETURN (BAPIRET2) rows into messages. */
final class ReturnMessages {

    private ReturnMessages() {
    }

    static List<SapMessage> of(JCoTable table) {
        List<SapMessage> messages = new ArrayList<>();
        for (int row = 0; row < table.getNumRows(); row++) {
            table.setRow(row);
            messages.add(message(table));
        }
        return messages;
    }

    /** The RETURN structure of BAPI_TRANSACTION_COMMIT; empty when SAP left it blank. */
    static List<SapMessage> of(JCoStructure structure) {
        if (structure.getString("TYPE").isBlank()) {
            return List.of();
        }
        return List.of(message(structure));
    }

    static boolean failed(List<SapMessage> messages) {
        return messages.stream().anyMatch(SapMessage::isError);
    }

    private static SapMessage message(JCoRecord row) {
        String field = row.getString("FIELD").strip();
        return new SapMessage(row.getString("TYPE").strip(), row.getString("ID").strip(),
                row.getString("NUMBER").strip(), row.getString("MESSAGE").strip(), field.isEmpty() ? null : field);
    }
}
