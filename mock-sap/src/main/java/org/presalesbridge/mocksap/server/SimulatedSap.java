package org.presalesbridge.mocksap.server;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.sap.conn.jco.AbapException;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoFunctionTemplate;
import com.sap.conn.jco.JCoParameterList;
import com.sap.conn.jco.JCoRecord;
import com.sap.conn.jco.JCoStructure;
import com.sap.conn.jco.JCoTable;

import org.presalesbridge.mocksap.bapi.FunctionModule;
import org.presalesbridge.mocksap.bapi.SdFunctions;
import org.presalesbridge.mocksap.jco.RfcServer;
import org.presalesbridge.mocksap.jco.RfcServerSession;
import org.presalesbridge.mocksap.sd.ChangeDocument;
import org.presalesbridge.mocksap.sd.CommitListener;
import org.presalesbridge.mocksap.sd.CommittedLuw;
import org.presalesbridge.mocksap.sd.DocumentFlowLink;
import org.presalesbridge.mocksap.sd.SalesDocument;
import org.presalesbridge.mocksap.sd.SdSession;
import org.presalesbridge.mocksap.sd.SdState;
import org.presalesbridge.mocksap.sd.SdSystem;
import org.presalesbridge.mocksap.sd.masterdata.MasterData;

/**
 * One simulated SAP system: the SD system, its function modules, ABAP sessions (one per RFC
 * connection), faults and the ledger. The server side of jco-mock's transport; thread-safe for any
 * number of sessions at once.
 */
public final class SimulatedSap implements RfcServer {

    /** Destination property naming a master data directory (else the packaged files). */
    public static final String MASTER_DATA_PROPERTY = "jco.mock.masterdata";
    /** Destination property bounding the ledger's lists. */
    public static final String LEDGER_CAPACITY_PROPERTY = "jco.mock.ledger.capacity";
    /** Destination property: the directory an in-process system keeps its documents in (else memory only). */
    public static final String DATA_DIRECTORY_PROPERTY = "jco.mock.data_dir";

    private static final String DEFAULT_USER = "RFC_USER";
    /** The message class of an injected abort (RETURN type A). */
    private static final String INJECTED_MESSAGE_CLASS = "MOCKSAP";

    private final String name;
    private final Supplier<MasterData> masterData;
    private final SdSystem sd;
    private final SdFunctions functions;
    private final Faults faults;
    private final Ledger ledger;
    private final AtomicLong sessionNumbers = new AtomicLong();
    private final InProcessAdmin admin;

    /**
     * A system named {@code name} on master data (re-read from {@code masterData} on every reset), with
     * its faults, a ledger of the given capacity and a clock for document dates and times.
     */
    public SimulatedSap(String name, Supplier<MasterData> masterData, Faults faults, int ledgerCapacity, Clock clock) {
        this.name = name;
        this.masterData = masterData;
        this.sd = new SdSystem(masterData.get(), clock);
        this.functions = new SdFunctions(sd);
        this.faults = faults;
        this.ledger = new Ledger(ledgerCapacity);
        this.admin = new InProcessAdmin(this, new SapUser(sd));
        sd.addCommitListener(ledger::committed);
    }

    /** The packaged master data, no faults, the default ledger capacity, the system clock. */
    public SimulatedSap(String name) {
        this(name, MasterData::fromClasspath, new Faults(), Ledger.DEFAULT_CAPACITY, Clock.systemDefaultZone());
    }

    /** A system configured from destination (or start-up) properties: {@value #MASTER_DATA_PROPERTY}, {@value #LEDGER_CAPACITY_PROPERTY}. */
    public static SimulatedSap fromProperties(String name, Properties properties) {
        String directory = properties.getProperty(MASTER_DATA_PROPERTY, "").strip();
        Supplier<MasterData> masterData = directory.isEmpty() ? MasterData::fromClasspath
                : () -> MasterData.fromDirectory(Path.of(directory));
        int capacity = Integer.parseInt(properties.getProperty(LEDGER_CAPACITY_PROPERTY,
                String.valueOf(Ledger.DEFAULT_CAPACITY)));
        return new SimulatedSap(name, masterData, new Faults(), capacity, Clock.systemDefaultZone());
    }

    public String name() {
        return name;
    }

    public MockSapAdmin admin() {
        return admin;
    }

    public Faults faults() {
        return faults;
    }

    public Ledger ledger() {
        return ledger;
    }

    // ---- the database as a person looks at it (VA13/VA23, SE16)

    /** A committed document by number (internal format, 10 characters). */
    public Optional<SalesDocument> document(String number) {
        return sd.committedDocument(number);
    }

    /** The committed document flow of a document (both directions). */
    public List<DocumentFlowLink> flowOf(String number) {
        return sd.committedFlowOf(number);
    }

    /** The change documents of a document, oldest first. */
    public List<ChangeDocument> changeDocumentsOf(String number) {
        return sd.committedChangeDocumentsOf(number);
    }

    // ---- persistence hook

    /** Called for every commit, in order, before the committer's answer (see {@link CommitListener}). */
    public void addCommitListener(CommitListener listener) {
        sd.addCommitListener(listener);
    }

    public void removeCommitListener(CommitListener listener) {
        sd.removeCommitListener(listener);
    }

    public SdState exportState() {
        return sd.exportState();
    }

    public void importState(SdState state) {
        sd.importState(state);
    }

    /** Applies a journaled commit again (after {@link #importState}), without telling the listeners. */
    public void replay(CommittedLuw luw) {
        sd.replay(luw);
    }

    /** Back to master data (re-read), no faults, empty ledger. */
    public void reset() {
        sd.reset(masterData.get());
        faults.clear();
        ledger.clear();
    }

    // ---- RfcServer

    @Override
    public RfcServerSession logon(Properties logon) throws JCoException {
        if (faults.sapDown()) {
            throw communicationFailure("logon refused: the SAP system is down");
        }
        Faults.sleep(faults.logonDelay());
        String user = logon == null ? "" : logon.getProperty("jco.client.user", "").strip();
        String sessionId = name + "-" + sessionNumbers.incrementAndGet();
        return new Session(sd.openSession(sessionId, user.isEmpty() ? DEFAULT_USER : user.toUpperCase(Locale.ROOT)));
    }

    @Override
    public JCoFunctionTemplate functionTemplate(String functionName) {
        return functions.template(functionName);
    }

    /** One ABAP session, the server end of one RFC connection. */
    private final class Session implements RfcServerSession {

        private final SdSession session;
        private volatile boolean open = true;
        /**
         * When the current call may answer at the earliest (System.nanoTime): its arrival plus the latency
         * fault. The calls of one connection run one after the other, so one field serves them all.
         */
        private long answerAt;

        Session(SdSession session) {
            this.session = session;
        }

        @Override
        public void execute(JCoFunction function) throws JCoException {
            String functionName = function.getName();
            Instant start = Instant.now();
            if (!open) {
                throw communicationFailure("the connection is closed");
            }
            answerAt = System.nanoTime();
            if (faults.sapDown()) {
                drop(functionName, start, "the SAP system is down");
            }
            // the latency is the call's time in SAP, its work included (as SAP's response time is): the
            // answer leaves that long after the call came in, or when the work is done if that took longer
            answerAt += faults.latency().toNanos();
            if (faults.communicationFailure(functionName)) {
                drop(functionName, start, "connection broke before " + functionName + " ran (injected)");
            }
            FunctionModule module = functions.module(functionName);
            if (module == null) {
                record(functionName, start, CallRecord.Outcome.NOT_FOUND, "");
                throw new JCoException(JCoException.JCO_ERROR_FUNCTION_NOT_FOUND, "FU_NOT_FOUND",
                        "Function module " + functionName + " not found");
            }
            FaultSettings.ErrorFault error = faults.error(functionName);
            if (error != null) {
                injectError(function, error, start);
                return;
            }
            String firstError = run(module, function, start);
            if (functionName.equals(SdFunctions.COMMIT) && faults.commitAnswerLost(functionName)) {
                close();
                record(functionName, start, CallRecord.Outcome.ANSWER_LOST, "committed; answer lost (injected)");
                throw communicationFailure("connection broke after " + functionName + " ran (injected)");
            }
            record(functionName, start, firstError == null ? CallRecord.Outcome.OK : CallRecord.Outcome.ERROR_MESSAGE,
                    firstError == null ? "" : firstError);
        }

        /** Runs the function module; the first E or A message it answered, or null. */
        private String run(FunctionModule module, JCoFunction function, Instant start) throws JCoException {
            String functionName = function.getName();
            try {
                module.execute(function, session);
            } catch (AbapException e) {
                record(functionName, start, CallRecord.Outcome.ABAP_EXCEPTION, e.getKey());
                throw e;
            } catch (RuntimeException e) {
                record(functionName, start, CallRecord.Outcome.SYSTEM_FAILURE, String.valueOf(e.getMessage()));
                throw new JCoException(JCoException.JCO_ERROR_SYSTEM_FAILURE, "SYSTEM_FAILURE",
                        "ABAP runtime error in " + functionName + ": " + e.getMessage());
            }
            return firstError(function);
        }

        /** An injected error: a dump, or a RETURN of type A where the function has a RETURN (table or structure). */
        private void injectError(JCoFunction function, FaultSettings.ErrorFault error, Instant start)
                throws JCoException {
            String functionName = function.getName();
            JCoRecord returned = error.mode() == FaultSettings.ErrorMode.ABORT_MESSAGE ? returnRecord(function) : null;
            if (returned != null) {
                String message = "Injected fault: " + functionName + " aborted";
                returned.setValue("TYPE", "A");
                returned.setValue("MESSAGE", message);
                if (returned.getMetaData().hasField("ID")) {
                    returned.setValue("ID", INJECTED_MESSAGE_CLASS);
                    returned.setValue("NUMBER", "001");
                } else {
                    returned.setValue("CODE", INJECTED_MESSAGE_CLASS.substring(0, 2) + "001");
                }
                record(functionName, start, CallRecord.Outcome.ERROR_MESSAGE, "A " + message);
                return;
            }
            record(functionName, start, CallRecord.Outcome.SYSTEM_FAILURE, "injected dump");
            throw new JCoException(JCoException.JCO_ERROR_SYSTEM_FAILURE, "SYSTEM_FAILURE",
                    "ABAP runtime error in " + functionName + " (injected fault)");
        }

        private void drop(String functionName, Instant start, String why) throws JCoException {
            close();
            record(functionName, start, CallRecord.Outcome.COMMUNICATION_FAILURE, why);
            throw communicationFailure(why);
        }

        /** Records the call once its latency has passed: every answer and every dropped connection comes here. */
        private void record(String functionName, Instant start, CallRecord.Outcome outcome, String detail) {
            Faults.sleepUntil(answerAt);
            ledger.call(session.id(), functionName, start, Duration.between(start, Instant.now()), outcome, detail);
        }

        @Override
        public void close() {
            open = false;
            session.rollback();
        }

        @Override
        public void reset() {
            session.rollback();
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }

    /**
     * Where the function answers its messages: a new row of its RETURN table, or its RETURN export
     * structure (BAPI_TRANSACTION_COMMIT, BAPI_SALESORDER_GETLIST); null when it has none.
     */
    private static JCoRecord returnRecord(JCoFunction function) {
        JCoParameterList tables = function.getTableParameterList();
        if (tables != null && tables.getMetaData().hasField("RETURN")) {
            JCoTable table = tables.getTable("RETURN");
            table.appendRow();
            return table;
        }
        JCoParameterList exports = function.getExportParameterList();
        if (exports != null && exports.getMetaData().hasField("RETURN")) {
            return exports.getStructure("RETURN");
        }
        return null;
    }

    /** The first RETURN message of type E or A ("E V1 302 …"), or null. */
    private static String firstError(JCoFunction function) {
        JCoParameterList tables = function.getTableParameterList();
        if (tables != null && tables.getMetaData().hasField("RETURN")) {
            JCoTable table = tables.getTable("RETURN");
            for (int row = 0; row < table.getNumRows(); row++) {
                table.setRow(row);
                if (isError(table)) {
                    return describe(table);
                }
            }
            return null;
        }
        JCoParameterList exports = function.getExportParameterList();
        if (exports != null && exports.getMetaData().hasField("RETURN")) {
            JCoStructure structure = exports.getStructure("RETURN");
            return isError(structure) ? describe(structure) : null;
        }
        return null;
    }

    private static boolean isError(JCoRecord message) {
        String type = message.getString("TYPE");
        return "E".equals(type) || "A".equals(type);
    }

    private static String describe(JCoRecord message) {
        String code = message.getMetaData().hasField("ID")
                ? message.getString("ID") + " " + message.getString("NUMBER") : message.getString("CODE");
        return message.getString("TYPE") + " " + code + " " + message.getString("MESSAGE");
    }

    private static JCoException communicationFailure(String message) {
        return new JCoException(JCoException.JCO_ERROR_COMMUNICATION, "JCO_ERROR_COMMUNICATION", message);
    }
}
