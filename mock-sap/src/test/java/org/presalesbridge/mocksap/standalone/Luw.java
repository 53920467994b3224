package org.presalesbridge.mocksap.standalone;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;

import org.presalesbridge.mocksap.BapiCall;
import org.presalesbridge.mocksap.NewDocument;

/** One LUW as an integration runs it: the create BAPI, then BAPI_TRANSACTION_COMMIT, in one JCoContext. */
final class Luw {

    private Luw() {
    }

    /** Creates the document and commits it; returns its number. Fails on an E or A message. */
    static String createAndCommit(JCoDestination destination, NewDocument document) throws JCoException {
        JCoContext.begin(destination);
        try {
            BapiCall call = document.execute(destination);
            if (call.messages().stream().anyMatch(BapiCall.Message::isError)) {
                throw new IllegalStateException("SAP refused: " + call.messages());
            }
            BapiCall.of(destination, "BAPI_TRANSACTION_COMMIT").set("WAIT", "X").execute(destination);
            return call.export("SALESDOCUMENT");
        } finally {
            JCoContext.end(destination);
        }
    }
}
