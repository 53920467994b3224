package org.presalesbridge.mocksap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.presalesbridge.mocksap.jco.TruncationLedger;
import org.presalesbridge.mocksap.server.MockSapAdmin;

/**
 * What mock-sap's tests share: a freshly reset system before each test, reached through the JCo
 * API (destination) and MockSapAdmin only, and the calls most tests make.
 */
public abstract class SdTestSupport {

    protected final MockSapTestSystem sap = MockSapTestSystem.get();
    protected JCoDestination destination;
    protected MockSapAdmin admin;

    @BeforeEach
    void startFromMasterData() throws JCoException {
        sap.reset();
        destination = sap.destination();
        admin = sap.admin();
        TruncationLedger.clear();
    }

    /** RFC_PING over that destination: SAP answers, or the JCoException says why not. */
    protected static void ping(JCoDestination on) throws JCoException {
        BapiCall.of(on, "RFC_PING").execute(on);
    }

    /** What SAP answers fits SAP's fields: nothing mock-sap wrote was cut by JCo. */
    @AfterEach
    void answersFitTheirFields() {
        assertThat(TruncationLedger.entries()).isEmpty();
    }

    /** Creates the document and commits it in one session; fails the test on an E or A message. */
    protected String createAndCommit(NewDocument document) throws JCoException {
        JCoContext.begin(destination);
        try {
            BapiCall call = document.execute(destination);
            assertThat(call.messages()).noneMatch(BapiCall.Message::isError);
            commit(destination);
            return call.export("SALESDOCUMENT");
        } finally {
            JCoContext.end(destination);
        }
    }

    /** Changes the document and commits in one session; returns the change call. */
    protected BapiCall changeAndCommit(DocumentChange change) throws JCoException {
        JCoContext.begin(destination);
        try {
            BapiCall call = change.execute(destination);
            commit(destination);
            return call;
        } finally {
            JCoContext.end(destination);
        }
    }

    protected static BapiCall commit(JCoDestination on) throws JCoException {
        return BapiCall.of(on, "BAPI_TRANSACTION_COMMIT").set("WAIT", "X").execute(on);
    }

    protected static BapiCall rollback(JCoDestination on) throws JCoException {
        return BapiCall.of(on, "BAPI_TRANSACTION_ROLLBACK").execute(on);
    }

    /** BAPISDORDER_GETDETAILEDLIST of one document with the views given (HEADER, ITEM, FLOW …). */
    protected static BapiCall detail(JCoDestination on, String number, String... views) throws JCoException {
        BapiCall call = BapiCall.of(on, "BAPISDORDER_GETDETAILEDLIST").row("SALES_DOCUMENTS", "VBELN", number);
        for (String view : views) {
            call.structure("I_BAPI_VIEW", view, "X");
        }
        return call.execute(on);
    }

    protected BapiCall detail(String number, String... views) throws JCoException {
        return detail(destination, number, views);
    }

    /** The header of a committed (or own) document, or null when the number is not found. */
    protected Map<String, String> header(String number) throws JCoException {
        List<Map<String, String>> headers = detail(number, "HEADER").table("ORDER_HEADERS_OUT");
        return headers.isEmpty() ? null : headers.get(0);
    }

    /** RFC_READ_TABLE with the fields (none: all) and OPTIONS lines given. */
    protected BapiCall readTable(String table, List<String> fields, String... options) throws JCoException {
        BapiCall call = BapiCall.of(destination, "RFC_READ_TABLE").set("QUERY_TABLE", table).set("DELIMITER", "|");
        fields.forEach(f -> call.row("FIELDS", "FIELDNAME", f));
        for (String option : options) {
            call.row("OPTIONS", "TEXT", option);
        }
        return call.execute(destination);
    }

    /** The DATA rows of an RFC_READ_TABLE call, split at the delimiter and trimmed. */
    protected static List<List<String>> rows(BapiCall readTable) {
        return readTable.table("DATA").stream()
                .map(row -> Arrays.stream(row.get("WA").split("\\|", -1)).map(String::strip).toList())
                .toList();
    }
}
