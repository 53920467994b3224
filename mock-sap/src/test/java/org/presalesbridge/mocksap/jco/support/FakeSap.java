package org.presalesbridge.mocksap.jco.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;
import com.sap.conn.jco.JCoMetaData;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.ddic.FunctionInterface;
import org.presalesbridge.mocksap.ddic.Structure;
import org.presalesbridge.mocksap.jco.RecordMeta;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerSession;

/**
 * A small SAP system for jco-mock's own tests, declared with the ddic builder:
 * <ul>
 * <li>{@code Z_TEST_ECHO}: copies every import (CHAR, NUMC, DATS, TIMS, BCD, INT, FLOAT, STRING, a structure
 * with a nested structure and a table) to the export of the same name with {@code E_} for {@code I_}, the rows
 * of table {@code T_IN} to {@code T_OUT}, and appends "!" to {@code C_STRUCT-TEXT}. It also scribbles over its
 * own copy of the imports, to show that a caller never sees that.</li>
 * <li>{@code Z_TEST_WRITE}: one uncommitted change in the session (as a BAPI that creates a document).</li>
 * <li>{@code BAPI_TRANSACTION_COMMIT}: commits the session's uncommitted changes; counts commits per session.</li>
 * <li>{@code Z_TEST_BREAK}: the connection breaks (JCO_ERROR_COMMUNICATION), the session is gone.</li>
 * <li>{@code RFC_PING}.</li>
 * </ul>
 * Every call is recorded with the id of the session it ran in.
 */
public final class FakeSap implements RfcServer {
    public static final RecordMeta INNER = Structure.named("ZTEST_INNER")
            .chars("CODE", 4)
            .numc("SEQ", 3)
            .build();
    public static final RecordMeta LINE = Structure.named("ZTEST_LINE")
            .chars("TEXT", 10)
            .numc("NUM", 6)
            .date("DAY")
            .packed("AMOUNT", 13, 2)
            .int4("COUNT")
            .structure("INNER", INNER)
            .build();
    public static final RecordMeta BOX = Structure.named("ZTEST_BOX")
            .chars("TEXT", 10)
            .structure("INNER", INNER)
            .table("LINES", LINE)
            .build();
    public static final RecordMeta BAPIRET2 = Structure.named("BAPIRET2")
            .chars("TYPE", 1)
            .chars("MESSAGE", 220)
            .build();

    private static final Map<String, JCoFunctionTemplate> TEMPLATES = Map.of(
            "Z_TEST_ECHO", FunctionInterface.named("Z_TEST_ECHO")
                    .importingChar("I_CHAR", 10, true)
                    .importing("I_NUMC", JCoMetaData.TYPE_NUM, 6, 0, true, null)
                    .importing("I_DATE", JCoMetaData.TYPE_DATE, 8, 0, true, null)
                    .importing("I_TIME", JCoMetaData.TYPE_TIME, 6, 0, true, null)
                    .importing("I_BCD", JCoMetaData.TYPE_BCD, 13, 3, true, null)
                    .importing("I_INT", JCoMetaData.TYPE_INT, 10, 0, true, null)
                    .importing("I_FLOAT", JCoMetaData.TYPE_FLOAT, 16, 0, true, null)
                    .importing("I_STRING", JCoMetaData.TYPE_STRING, 0, 0, true, null)
                    .importing("I_BOX", BOX, true)
                    .exportingChar("E_CHAR", 10)
                    .exporting("E_NUMC", JCoMetaData.TYPE_NUM, 6, 0)
                    .exporting("E_DATE", JCoMetaData.TYPE_DATE, 8, 0)
                    .exporting("E_TIME", JCoMetaData.TYPE_TIME, 6, 0)
                    .exporting("E_BCD", JCoMetaData.TYPE_BCD, 13, 3)
                    .exporting("E_INT", JCoMetaData.TYPE_INT, 10, 0)
                    .exporting("E_FLOAT", JCoMetaData.TYPE_FLOAT, 16, 0)
                    .exporting("E_STRING", JCoMetaData.TYPE_STRING, 0, 0)
                    .exporting("E_BOX", BOX)
                    .changing("C_STRUCT", LINE, true)
                    .tables("T_IN", LINE, true)
                    .tables("T_OUT", LINE, true)
                    .build(),
            "Z_TEST_WRITE", FunctionInterface.named("Z_TEST_WRITE").build(),
            "Z_TEST_BREAK", FunctionInterface.named("Z_TEST_BREAK").build(),
            "RFC_PING", FunctionInterface.named("RFC_PING").build(),
            "BAPI_TRANSACTION_COMMIT", FunctionInterface.named("BAPI_TRANSACTION_COMMIT")
                    .importingChar("WAIT", 1, true)
                    .exporting("RETURN", BAPIRET2)
                    .build());

    /** One function call as the system saw it. */
    public record Call(int session, String function) {
    }

    private final AtomicInteger sessions = new AtomicInteger();
    private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, Integer> commits = new ConcurrentHashMap<>();
    private final Map<Integer, Integer> committedChanges = new ConcurrentHashMap<>();
    private final AtomicInteger resets = new AtomicInteger();
    private final AtomicInteger closes = new AtomicInteger();

    @Override
    public RfcServerSession logon(Properties logon) {
        return new Session(sessions.incrementAndGet());
    }

    @Override
    public JCoFunctionTemplate functionTemplate(String name) {
        return TEMPLATES.get(name);
    }

    public int logons() {
        return sessions.get();
    }

    public List<Call> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }

    /** The session the last call of that function ran in. */
    public int sessionOfLast(String function) {
        List<Call> all = calls();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).function().equals(function)) {
                return all.get(i).session();
            }
        }
        throw new AssertionError(function + " was never called");
    }

    public int commits(int session) {
        return commits.getOrDefault(session, 0);
    }

    /** Changes made durable by BAPI_TRANSACTION_COMMIT, in all sessions. */
    public int committedChanges() {
        return committedChanges.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int resets() {
        return resets.get();
    }

    public int closes() {
        return closes.get();
    }

    private final class Session implements RfcServerSession {
        private final int id;
        private int uncommitted;
        private boolean open = true;

        Session(int id) {
            this.id = id;
        }

        @Override
        public void execute(JCoFunction function) throws JCoException {
            if (!open) {
                throw new JCoException(JCoException.JCO_ERROR_COMMUNICATION, "JCO_ERROR_COMMUNICATION",
                        "session " + id + " is closed");
            }
            calls.add(new Call(id, function.getName()));
            switch (function.getName()) {
                case "Z_TEST_ECHO" -> echo(function);
                case "Z_TEST_WRITE" -> uncommitted++;
                case "BAPI_TRANSACTION_COMMIT" -> {
                    commits.merge(id, 1, Integer::sum);
                    committedChanges.merge(id, uncommitted, Integer::sum);
                    function.getExportParameterList().getStructure("RETURN")
                            .setValue("MESSAGE", uncommitted + " changes committed");
                    uncommitted = 0;
                }
                case "Z_TEST_BREAK" -> {
                    open = false;
                    throw new JCoException(JCoException.JCO_ERROR_COMMUNICATION, "JCO_ERROR_COMMUNICATION",
                            "connection reset by peer");
                }
                default -> {
                }
            }
        }

        @Override
        public void close() {
            if (open) {
                open = false;
                uncommitted = 0;
                closes.incrementAndGet();
            }
        }

        @Override
        public void reset() {
            uncommitted = 0;
            resets.incrementAndGet();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }

    private static void echo(JCoFunction function) {
        JCoParameterList imports = function.getImportParameterList();
        JCoParameterList exports = function.getExportParameterList();
        for (String name : List.of("CHAR", "NUMC", "DATE", "TIME", "BCD", "INT", "FLOAT", "STRING")) {
            if (imports.isInitialized("I_" + name)) {
                exports.setValue("E_" + name, imports.getValue("I_" + name));
            }
        }
        copy(imports.getStructure("I_BOX"), exports.getStructure("E_BOX"));
        JCoTable in = function.getTableParameterList().getTable("T_IN");
        JCoTable out = function.getTableParameterList().getTable("T_OUT");
        out.deleteAllRows();
        for (int i = 0; i < in.getNumRows(); i++) {
            in.setRow(i);
            out.appendRow();
            copy(in, out);
        }
        JCoRecord changing = function.getChangingParameterList().getStructure("C_STRUCT");
        changing.setValue("TEXT", changing.getString("TEXT") + "!");
        // the server's copy of the imports is its own: scribbling on it must not reach the caller
        imports.setValue("I_CHAR", "SERVER");
        imports.getStructure("I_BOX").setValue("TEXT", "SERVER");
        in.deleteAllRows();
    }

    /** Copies every initialized field, nested structures and tables included, by name. */
    static void copy(JCoRecord from, JCoRecord to) {
        JCoMetaData meta = from.getMetaData();
        for (int i = 0; i < meta.getFieldCount(); i++) {
            String name = meta.getName(i);
            if (meta.isStructure(i)) {
                copy(from.getStructure(name), to.getStructure(name));
            } else if (meta.isTable(i)) {
                JCoTable source = from.getTable(name);
                JCoTable target = to.getTable(name);
                target.deleteAllRows();
                for (int row = 0; row < source.getNumRows(); row++) {
                    source.setRow(row);
                    target.appendRow();
                    copy(source, target);
                }
            } else if (from.isInitialized(name)) {
                to.setValue(name, from.getValue(name));
            }
        }
    }
}
