package org.presalesbridge.sap.jco;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;
import com.sap.conn.jco.JCoFunction;
import com.sap.conn.jco.JCoTable;
import com.sap.conn.jco.ext.DestinationDataProvider;
import com.sap.conn.jco.ext.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.presalesbridge.document.CreatedDocument;
import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.Item;
import org.presalesbridge.document.ItemStatus;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.document.SapMessage;
import org.presalesbridge.sap.DocumentNotFound;
import org.presalesbridge.sap.NoItemsToCopy;
import org.presalesbridge.sap.SapChangeDocument;
import org.presalesbridge.sap.SapConnector;
import org.presalesbridge.sap.SapFailure;
import org.presalesbridge.sap.SapRejection;
import org.presalesbridge.sap.SapTimeout;
import org.presalesbridge.sap.SapUnavailable;
import org.presalesbridge.translation.Alpha;
import org.presalesbridge.translation.CodeTables;

/**
 * The SAP connector over JCo: SAP SD's BAPIs, one code path for inquiries and quotations. Each write is one JCo
 * session on one connection: {@code JCoContext.begin} → BAPI → {@code BAPI_TRANSACTION_COMMIT} (WAIT = 'X') or,
 * on a RETURN row of type E or A, {@code BAPI_TRANSACTION_ROLLBACK} → {@code JCoContext.end} in a finally.
 * The same code runs on SAP's sapjco3.jar and on jco-mock.
 */
public final class JcoSapConnector implements SapConnector {

    private static final Logger LOG = LoggerFactory.getLogger(JcoSapConnector.class);
    /** SAP's pricing of a new document, saving nothing. */
    private static final String SIMULATE = "BAPI_SALESORDER_SIMULATE";
    /** Length of BAPISDHD-PURCH_NO in the display: a longer PURCH_NO_C comes back cut to it. */
    private static final int DISPLAYED_PURCHASE_ORDER_LENGTH = 20;
    /** The create header's field that keeps the CRM's externalId: the customer purchase order number. */
    private static final String EXTERNAL_ID_FIELD = "PURCH_NO_C";

    private final JcoSettings settings;
    /** The externalId's length in the mapping tables ({@code external-id.length}). */
    private final int externalIdLength;
    private final SettingsDestinationProvider provider;
    private final DocumentToBapi toBapi;
    private final BapiToDocument toDocument;
    private final LuwRunner runner;
    private final AtomicBoolean registered = new AtomicBoolean();

    public JcoSapConnector(JcoSettings settings, CodeTables codes) {
        this.settings = settings;
        this.externalIdLength = codes.externalIdLength();
        this.provider = new SettingsDestinationProvider(settings.destinationName(), settings.destination());
        this.toBapi = new DocumentToBapi(codes);
        this.toDocument = new BapiToDocument(codes);
        this.runner = new LuwRunner(settings.peakLimit(), settings.callTimeoutMillis());
    }

    /** JCo's pool: at most {@code jco.destination.peak_limit} connections. */
    @Override
    public int connections() {
        return settings.peakLimit();
    }

    /** Kept by the SAP workers, one per connection: calls wait in their queue (see {@link LuwRunner}). */
    @Override
    public boolean takeBulkhead(Duration maxWait) {
        runner.keepBulkhead(maxWait.toMillis());
        return true;
    }

    /** Registers the destination with JCo; says which JCo runs and refuses settings that cannot work with it. */
    @Override
    public void start() {
        if (registered.get()) {
            return;
        }
        JcoLibrary library = JcoLibrary.find();
        LOG.info("JCo: {}", library.description());
        if (!library.isMock() && !settings.namesSapHost()) {
            throw new IllegalStateException("SAP's JCo runs, but no SAP host is set: set sap.jco.client.ashost "
                    + "(environment SAP_JCO_CLIENT_ASHOST) and the other sap.jco.client.* settings.");
        }
        if (library.isMock() && !settings.namesInProcessSap() && !settings.namesSapHost()) {
            throw new IllegalStateException("jco-mock runs, but neither sap.jco.mock.instance (an SAP inside "
                    + "the adapter) nor sap.jco.client.ashost (mock-sap as a process of its own) is set.");
        }
        if (library.isMock() && settings.namesInProcessSap() && settings.namesSapHost()) {
            // jco-mock would take the simulated SAP and a CRM's documents would never reach the host named
            throw new IllegalStateException("An SAP host is set (" + settings.sapHost() + ") and so is the simulated "
                    + "SAP inside the adapter (sap.jco.mock.instance): clear SAP_JCO_MOCK_INSTANCE to talk to that "
                    + "SAP, or clear the host to develop on the simulated one.");
        }
        Environment.registerDestinationDataProvider(provider);
        registered.set(true);
        LOG.info("SAP destination {}", settings.describe());
        try {
            // on a worker, within the call timeout: an SAP host that drops packets or a gateway that never answers
            // must not hold the start for as long as the network takes to give up
            runner.run(luw -> {
                checkMaterialField();
                checkExternalIdField();
                return null;
            });
        } catch (SapTimeout e) {
            LOG.warn("SAP did not answer within {} ms (setting sap.call-timeout-millis) what its BAPIs' fields are: "
                    + "material.length and external-id.length of the mapping tables not checked",
                    settings.callTimeoutMillis());
        } catch (RuntimeException e) {
            unregister();
            throw e;
        }
    }

    /**
     * With S/4HANA's material number length (40) the items carry material numbers in MATERIAL_LONG, which the BAPIs
     * of an ECC do not have: against such an SAP the start fails here, not every document later. When SAP cannot be
     * reached now, the log says that it was not checked.
     */
    private void checkMaterialField() {
        String field = toBapi.materialField();
        if (!field.equals(DocumentToBapi.LONG_MATERIAL)) {
            return;
        }
        try {
            JCoDestination destination = destination();
            for (DocumentKind kind : DocumentKind.values()) {
                DocumentBapis bapis = DocumentBapis.of(kind);
                JCoFunction create = function(destination, bapis.create());
                checkField(create, bapis.createItemsIn(), field);
                checkField(create, bapis.createItemsIn() + "X", field);
                JCoFunction change = function(destination, bapis.change());
                ChangeParameters names = ChangeParameters.of(change, bapis.prefix());
                checkField(change, names.itemIn(), field);
                checkField(change, names.itemInX(), field);
            }
            checkField(function(destination, SIMULATE), "ORDER_ITEMS_IN", field);
        } catch (JCoException | SapUnavailable e) {
            LOG.warn("SAP cannot be asked now whether its BAPIs have {}, which material.length above 18 needs: not "
                    + "checked ({})", field, e.getMessage());
        }
    }

    /**
     * The CRM's externalId goes to PURCH_NO_C of the create BAPIs' header: an SAP whose field is shorter than
     * {@code external-id.length} would keep only the start of a longer id, and after a lost answer the document
     * could not be found by it. Against such an SAP the start fails here and names the setting. When SAP cannot be
     * reached now, the log says that it was not checked.
     */
    private void checkExternalIdField() {
        for (DocumentKind kind : DocumentKind.values()) {
            DocumentBapis bapis = DocumentBapis.of(kind);
            int sapLength;
            try {
                JCoFunction create = function(destination(), bapis.create());
                sapLength = create.getImportParameterList().getStructure(bapis.headerIn()).getMetaData()
                        .getLength(EXTERNAL_ID_FIELD);
            } catch (JCoException | RuntimeException e) {
                LOG.warn("SAP cannot be asked now how long its {} is (external-id.length={}): not checked ({})",
                        EXTERNAL_ID_FIELD, externalIdLength, e.getMessage());
                return;
            }
            checkExternalIdLength(externalIdLength, sapLength, bapis.create() + " " + bapis.headerIn());
        }
    }

    /** Refuses an externalId length above the length of SAP's PURCH_NO_C in {@code where}. */
    private static void checkExternalIdLength(int configured, int sapLength, String where) {
        if (configured > sapLength) {
            throw new IllegalStateException("external-id.length in the mapping tables is " + configured + ", but "
                    + "SAP's " + where + " has " + EXTERNAL_ID_FIELD + " of " + sapLength + " characters: SAP would "
                    + "keep only the start of a longer externalId. Set external-id.length=" + sapLength
                    + " (the mapping file: sap.mapping-file).");
        }
    }

    private static void checkField(JCoFunction function, String table, String field) {
        if (!function.getTableParameterList().getTable(table).getMetaData().hasField(field)) {
            throw new IllegalStateException("material.length in the mapping table is above 18 (S/4HANA: 40), but "
                    + "SAP's " + function.getName() + " has no " + field + " in " + table + ": an SAP with material "
                    + "numbers of 18 characters (ECC) needs material.length=18 (the mapping file: sap.mapping-file).");
        }
    }

    @Override
    public void close() {
        runner.close();
        unregister();
    }

    private void unregister() {
        if (registered.compareAndSet(true, false)) {
            Environment.unregisterDestinationDataProvider(provider);
        }
    }

    // ------------------------------------------------------------------ the connector

    @Override
    public SalesDocument create(SalesDocument document) {
        return runner.runThenRead(luw -> written(document, luw),
                written -> shownAfterWrite(document.kind(), written));
    }

    @Override
    public CreatedDocument createWithoutDisplay(SalesDocument document) {
        Written written = runner.run(luw -> written(document, luw));
        return new CreatedDocument(document.kind(), Alpha.toCrm(written.sapNumber()), document.externalId(),
                shown(written.messages()));
    }

    /**
     * The create BAPI and its commit, in one SAP session. A quotation with reference to an inquiry and no items of
     * its own reads the inquiry first, in the same session: one connection and one call timeout for the whole write.
     */
    private Written written(SalesDocument document, Luw luw) {
        DocumentBapis bapis = DocumentBapis.of(document.kind());
        return inSession(destination -> {
            List<Item> copied = List.of();
            if (copiesInquiry(document)) {
                Optional<DisplayedDocument> inquiry = displayed(destination, DocumentKind.INQUIRY,
                        document.referenceInquiry());
                if (inquiry.isEmpty()) {
                    // SAP's own answer to a reference it does not know, as a simulation gets it from its first check
                    check(destination, bapis, document);
                }
                copied = openItems(document, inquiry);
            }
            JCoFunction create = function(destination, bapis.create());
            toBapi.create(create, bapis, document, copied, false);
            List<SapMessage> messages = executeAndEnd(destination, create, luw);
            String number = create.getExportParameterList().getString("SALESDOCUMENT");
            return new Written(number, messages, document.externalId());
        });
    }

    /**
     * Two checks, nothing saved: the document's own create BAPI with TESTRUN (its type's rules: validity,
     * reference), then BAPI_SALESORDER_SIMULATE for SAP's pricing of the items sent, or of the open items of the
     * inquiry a quotation without items of its own references.
     */
    @Override
    public SalesDocument simulate(SalesDocument document) {
        DocumentBapis bapis = DocumentBapis.of(document.kind());
        return runner.run(luw -> call(destination -> {
            List<SapMessage> answer = check(destination, bapis, document);
            SalesDocument sent = !copiesInquiry(document) ? document : document.withItems(
                    openItems(document, displayed(destination, DocumentKind.INQUIRY, document.referenceInquiry())));
            return priced(destination, sent).withMessages(shown(answer));
        }));
    }

    /**
     * The create BAPI with TESTRUN = 'X' for the document as the CRM sent it (no items copied from an inquiry): SAP's
     * rules of the document's type, nothing saved.
     */
    private List<SapMessage> check(JCoDestination destination, DocumentBapis bapis, SalesDocument document)
            throws JCoException {
        JCoFunction create = function(destination, bapis.create());
        toBapi.create(create, bapis, document, List.of(), true);
        execute(create, destination);
        List<SapMessage> answer = ReturnMessages.of(create.getTableParameterList().getTable("RETURN"));
        if (ReturnMessages.failed(answer)) {
            throw new SapRejection(answer);
        }
        return answer;
    }

    /** A quotation with reference to an inquiry and no items of its own: it takes the inquiry's open items. */
    private static boolean copiesInquiry(SalesDocument document) {
        return document.referenceInquiry() != null && (document.items() == null || document.items().isEmpty());
    }

    /** The inquiry's open items (neither rejected nor completed), with their item numbers in the inquiry. */
    private static List<Item> openItems(SalesDocument document, Optional<DisplayedDocument> inquiry) {
        List<Item> open = inquiry.map(displayed -> displayed.document().items()).orElse(List.of()).stream()
                .filter(item -> item.status() == ItemStatus.OPEN)
                .toList();
        if (open.isEmpty()) {
            throw new NoItemsToCopy(document.referenceInquiry(), inquiry.isPresent());
        }
        return open;
    }

    private SalesDocument priced(JCoDestination destination, SalesDocument document) throws JCoException {
        JCoFunction simulate = function(destination, SIMULATE);
        toBapi.simulate(simulate, document);
        execute(simulate, destination);
        List<SapMessage> answer = ReturnMessages.of(simulate.getTableParameterList().getTable("MESSAGETABLE"));
        if (ReturnMessages.failed(answer)) {
            throw new SapRejection(answer);
        }
        return toDocument.priced(document, simulate.getTableParameterList().getTable("ORDER_ITEMS_OUT"));
    }

    @Override
    public SalesDocument change(DocumentKind kind, String documentNumber, DocumentChange change) {
        DocumentBapis bapis = DocumentBapis.of(kind);
        return runner.runThenRead(luw -> inSession(destination -> {
            DisplayedDocument current = read(destination, kind, documentNumber)
                    .orElseThrow(() -> new DocumentNotFound(kind, documentNumber));
            change.checkAgainst(current.document());
            JCoFunction bapi = function(destination, bapis.change());
            toBapi.change(bapi, bapis, current, change);
            List<SapMessage> messages = executeAndEnd(destination, bapi, luw);
            return new Written(DocumentToBapi.sapNumber(documentNumber), messages, null);
        }), written -> shownAfterWrite(kind, written));
    }

    @Override
    public Optional<SalesDocument> display(DocumentKind kind, String documentNumber) {
        if (!Alpha.fits(documentNumber, DocumentToBapi.NUMBER_LENGTH)) {
            return Optional.empty();
        }
        return runner.run(luw -> call(destination -> read(destination, kind, documentNumber)
                .map(DisplayedDocument::document)));
    }

    @Override
    public Optional<String> findByExternalId(DocumentKind kind, String externalId) {
        if (externalId.length() > externalIdLength) {
            // longer than SAP's purchase order number: no document can have it
            return Optional.empty();
        }
        return runner.run(luw -> call(destination -> {
            // a line holds at most 72 characters and a literal must not be split: the id's literal has a line of
            // its own, which holds it whole even when every one of its 35 characters is a doubled apostrophe
            JCoTable data = readVbak(destination, "VBELN", "VBTYP = '" + DocumentBapis.of(kind).category() + "' AND",
                    "BSTNK =", "'" + externalId.replace("'", "''") + "'");
            List<String> numbers = new ArrayList<>();
            for (int row = 0; row < data.getNumRows(); row++) {
                data.setRow(row);
                numbers.add(data.getString("WA").strip());
            }
            return numbers.stream().sorted().findFirst().map(Alpha::toCrm);
        }));
    }

    @Override
    public List<SapChangeDocument> changeDocumentsAfter(DocumentKind kind, String documentNumber,
                                                        String afterChangeNumber) {
        String adapterUser = settings.destination().getProperty(DestinationDataProvider.JCO_USER, "").strip();
        return runner.run(luw -> call(destination -> {
            JCoFunction read = function(destination, "RFC_READ_TABLE");
            read.getImportParameterList().setValue("QUERY_TABLE", "CDHDR");
            read.getImportParameterList().setValue("DELIMITER", "|");
            JCoTable fields = read.getTableParameterList().getTable("FIELDS");
            for (String field : List.of("CHANGENR", "USERNAME")) {
                fields.appendRow();
                fields.setValue("FIELDNAME", field);
            }
            JCoTable options = read.getTableParameterList().getTable("OPTIONS");
            // one condition a line: a line holds at most 72 characters, and a literal must not be split
            List<String> where = new ArrayList<>(List.of("OBJECTCLAS = 'VERKBELEG'",
                    "AND OBJECTID = '" + DocumentToBapi.sapNumber(documentNumber) + "'"));
            if (afterChangeNumber != null && !afterChangeNumber.isBlank()) {
                where.add("AND CHANGENR > '" + afterChangeNumber.replace("'", "''") + "'");
            }
            for (String line : where) {
                options.appendRow();
                options.setValue("TEXT", line);
            }
            execute(read, destination);
            JCoTable data = read.getTableParameterList().getTable("DATA");
            List<SapChangeDocument> changes = new ArrayList<>();
            for (int row = 0; row < data.getNumRows(); row++) {
                data.setRow(row);
                String[] values = data.getString("WA").split("\\|", -1);
                String user = values.length > 1 ? values[1].strip() : "";
                changes.add(new SapChangeDocument(values[0].strip(), user, user.equalsIgnoreCase(adapterUser)));
            }
            changes.sort(Comparator.comparing(SapChangeDocument::changeNumber));
            return changes;
        }));
    }

    @Override
    public void ping() {
        runner.run(luw -> call(destination -> {
            destination.ping();
            return null;
        }));
    }

    // ------------------------------------------------------------------ sessions, commit, rollback

    /**
     * What a write left in SAP: the document's number and SAP's messages; and the CRM's id as the write sent it
     * (null when it did not send one), which SAP's display shows cut to 20 characters.
     */
    private record Written(String sapNumber, List<SapMessage> messages, String sentExternalId) {
    }

    /** Work inside one SAP session: everything between begin and end runs on one connection. */
    private interface SessionWork<T> {
        T run(JCoDestination destination) throws JCoException;
    }

    private <T> T inSession(SessionWork<T> work) {
        JCoDestination destination = destination();
        JCoContext.begin(destination);
        try {
            return work.run(destination);
        } catch (JCoException e) {
            throw translate(e);
        } finally {
            end(destination);
        }
    }

    /** A call without a session of its own (a stateless call on a pooled connection). */
    private <T> T call(SessionWork<T> work) {
        try {
            return work.run(destination());
        } catch (JCoException e) {
            throw translate(e);
        }
    }

    /**
     * Runs the BAPI and ends its unit of work: commit when SAP accepted it and the caller still waits,
     * rollback when SAP answered E or A, when the caller gave up, or when the BAPI failed.
     */
    private List<SapMessage> executeAndEnd(JCoDestination destination, JCoFunction bapi, Luw luw) throws JCoException {
        List<SapMessage> messages;
        try {
            execute(bapi, destination);
            messages = ReturnMessages.of(bapi.getTableParameterList().getTable("RETURN"));
        } catch (RuntimeException | JCoException e) {
            rollbackQuietly(destination);
            throw e;
        }
        if (ReturnMessages.failed(messages)) {
            rollback(destination);
            throw new SapRejection(messages);
        }
        if (!luw.startCommit()) {
            rollback(destination);
            throw new SapTimeout("The caller stopped waiting; rolled back.");
        }
        commit(destination);
        return messages;
    }

    private void commit(JCoDestination destination) throws JCoException {
        JCoFunction commit = function(destination, "BAPI_TRANSACTION_COMMIT");
        commit.getImportParameterList().setValue("WAIT", "X");
        try {
            commit.execute(destination);
        } catch (JCoException e) {
            if (e.getGroup() == JCoException.JCO_ERROR_COMMUNICATION) {
                throw new SapUnavailable("The connection to SAP broke during the commit: the document may have "
                        + "been saved. Display it or look for its externalId before sending the request again.", e);
            }
            throw e;
        }
        List<SapMessage> answer = ReturnMessages.of(commit.getExportParameterList().getStructure("RETURN"));
        if (ReturnMessages.failed(answer)) {
            rollbackQuietly(destination);
            throw new SapRejection(answer);
        }
    }

    private void rollback(JCoDestination destination) throws JCoException {
        function(destination, "BAPI_TRANSACTION_ROLLBACK").execute(destination);
    }

    /** Rollback after a failure: if it fails as well, ending the session discards the work all the same. */
    private void rollbackQuietly(JCoDestination destination) {
        try {
            rollback(destination);
        } catch (JCoException | RuntimeException e) {
            LOG.warn("BAPI_TRANSACTION_ROLLBACK failed ({}); the session's end discards the work", e.getMessage());
        }
    }

    private static void end(JCoDestination destination) {
        try {
            JCoContext.end(destination);
        } catch (JCoException e) {
            LOG.warn("JCoContext.end failed: {}", e.getMessage());
        }
    }

    // ------------------------------------------------------------------ reading

    /** The document SAP has just saved, as it displays it, with the write's warnings (runs on the write's worker). */
    private SalesDocument shownAfterWrite(DocumentKind kind, Written written) {
        SalesDocument document = call(destination -> read(destination, kind, written.sapNumber(),
                written.sentExternalId())
                .map(DisplayedDocument::document)
                .orElseThrow(() -> new SapFailure("SAP saved " + kind.label() + " " + written.sapNumber()
                        + " but does not display it.", null)));
        return document.withMessages(shown(written.messages()));
    }

    private Optional<DisplayedDocument> read(JCoDestination destination, DocumentKind kind, String documentNumber)
            throws JCoException {
        return read(destination, kind, documentNumber, null);
    }

    /**
     * The document as SAP displays it. The display shows 20 characters of the CRM's id: when they begin the id the
     * adapter has just sent, that id is the whole value and SAP is not asked a second time.
     */
    private Optional<DisplayedDocument> read(JCoDestination destination, DocumentKind kind, String documentNumber,
                                             String sentExternalId) throws JCoException {
        Optional<DisplayedDocument> displayed = displayed(destination, kind, documentNumber);
        if (displayed.isEmpty()) {
            return displayed;
        }
        SalesDocument document = displayed.get().document();
        String shownId = document.externalId();
        if (shownId != null && shownId.length() == DISPLAYED_PURCHASE_ORDER_LENGTH) {
            String full = sentExternalId != null && sentExternalId.startsWith(shownId)
                    ? sentExternalId
                    : fullExternalId(destination, DocumentToBapi.sapNumber(documentNumber), shownId);
            document = withExternalId(document, full);
        }
        return Optional.of(new DisplayedDocument(document, displayed.get().scheduleLines()));
    }

    /** The document as the display BAPI shows it, the CRM's id cut to 20 characters. */
    private Optional<DisplayedDocument> displayed(JCoDestination destination, DocumentKind kind, String documentNumber)
            throws JCoException {
        JCoFunction detail = function(destination, BapiToDocument.FUNCTION);
        BapiToDocument.request(detail, DocumentToBapi.sapNumber(documentNumber));
        execute(detail, destination);
        return toDocument.read(detail, kind);
    }

    /**
     * The display BAPI shows only 20 characters of PURCH_NO_C (BAPISDHD-PURCH_NO); the CRM's id may have 35. The
     * whole value is VBAK-BSTNK, read with RFC_READ_TABLE.
     */
    private String fullExternalId(JCoDestination destination, String sapNumber, String shownId) throws JCoException {
        JCoTable data = readVbak(destination, "BSTNK", "VBELN = '" + sapNumber + "'");
        if (data.getNumRows() == 0) {
            return shownId;
        }
        data.setRow(0);
        return data.getString("WA").strip();
    }

    private static SalesDocument withExternalId(SalesDocument document, String externalId) {
        return new SalesDocument(document.kind(), document.documentNumber(), document.documentType(), externalId,
                document.salesArea(), document.soldTo(), document.shipTo(), document.customerReference(),
                document.requestedDeliveryDate(), document.validFrom(), document.validTo(), document.currency(),
                document.referenceInquiry(), document.netValue(), document.status(), document.items(),
                document.documentFlow(), document.messages());
    }

    /** One field of the sales document headers (VBAK) where the WHERE clause lines hold, with RFC_READ_TABLE. */
    private static JCoTable readVbak(JCoDestination destination, String field, String... where) throws JCoException {
        JCoFunction read = function(destination, "RFC_READ_TABLE");
        read.getImportParameterList().setValue("QUERY_TABLE", "VBAK");
        JCoTable fields = read.getTableParameterList().getTable("FIELDS");
        fields.appendRow();
        fields.setValue("FIELDNAME", field);
        JCoTable options = read.getTableParameterList().getTable("OPTIONS");
        for (String line : where) {
            options.appendRow();
            options.setValue("TEXT", line);
        }
        execute(read, destination);
        return read.getTableParameterList().getTable("DATA");
    }

    /** The messages a CRM gets with a success: SAP's warnings and information, not its routine success lines. */
    private static List<SapMessage> shown(List<SapMessage> messages) {
        return messages.stream().filter(SapMessage::isWarningOrInformation).toList();
    }

    // ------------------------------------------------------------------ JCo

    private JCoDestination destination() {
        try {
            return JCoDestinationManager.getDestination(settings.destinationName());
        } catch (JCoException e) {
            throw translate(e);
        }
    }

    private static JCoFunction function(JCoDestination destination, String name) throws JCoException {
        JCoFunction function = destination.getRepository().getFunction(name);
        if (function == null) {
            throw new SapFailure("SAP has no function module " + name + ".", null);
        }
        return function;
    }

    private static void execute(JCoFunction function, JCoDestination destination) throws JCoException {
        function.execute(destination);
    }

    /** SAP's failures in the CRM's terms; the JCo details go to the log, not into the answer. */
    private static RuntimeException translate(JCoException e) {
        LOG.debug("JCo failure", e);
        return switch (e.getGroup()) {
            case JCoException.JCO_ERROR_COMMUNICATION -> new SapUnavailable("SAP cannot be reached.", e);
            case JCoException.JCO_ERROR_LOGON_FAILURE -> SapUnavailable.logonRefused(
                    "SAP refused the adapter's logon (check sap.jco.client.user, sap.jco.client.client and the "
                    + "password).", e);
            case JCoException.JCO_ERROR_RESOURCE -> new SapUnavailable(
                    "No connection to SAP is free (setting sap.jco.destination.peak_limit).", e);
            case JCoException.JCO_ERROR_TIMEOUT -> new SapTimeout("SAP did not answer in time.");
            case JCoException.JCO_ERROR_SYSTEM_FAILURE -> new SapFailure("SAP failed while running the request "
                    + "(a short dump in SAP; its system log has the details).", e);
            default -> new SapFailure("SAP failed while running the request.", e);
        };
    }
}
