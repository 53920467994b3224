package org.presalesbridge.mocksap.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.sap.conn.jco.JCoContext;
import com.sap.conn.jco.JCoDestination;
import com.sap.conn.jco.JCoDestinationManager;
import com.sap.conn.jco.JCoException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.presalesbridge.mocksap.BapiCall;
import org.presalesbridge.mocksap.DocumentChange;
import org.presalesbridge.mocksap.NewDocument;
import org.presalesbridge.mocksap.jco.Destinations;
import org.presalesbridge.mocksap.server.CommittedDocument;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.UserActionResult;
import org.presalesbridge.mocksap.server.UserChange;

/**
 * mock-sap as a process of its own, as integration teams run it: several client processes share it,
 * what it committed survives its restart, a client that dies loses its session, and what a person
 * does over the admin API shows through JCo.
 */
class StandaloneSapTest {

    private static final String USER = "ALICE";
    private static final String OTHER_USER = "BOB";
    private static final String PASSWORD = "wonderland";
    private static StandaloneProcess sap;
    private static final List<Path> destinationFiles = new ArrayList<>();

    private HttpMockSapAdmin admin;
    private JCoDestination alice;
    private JCoDestination bob;

    @BeforeAll
    static void startSap() {
        sap = StandaloneProcess.start(StandaloneProcess.Data.FORCED, Map.of(USER, PASSWORD, OTHER_USER, PASSWORD),
                List.of("-XX:TieredStopAtLevel=1"));
    }

    @AfterAll
    static void stopSap() throws IOException {
        for (Path file : destinationFiles) {
            Destinations.forget(file.getFileName().toString().replace(".jcoDestination", ""));
            Files.deleteIfExists(file);
        }
        sap.close();
    }

    @BeforeEach
    void resetSap() throws Exception {
        admin = sap.admin();
        admin.reset();
        alice = destination(USER);
        bob = destination(OTHER_USER);
    }

    @AfterEach
    void faultsOff() {
        sap.admin().setFaults(FaultSettings.NONE);
    }

    /** A destination file as JCo reads it, named after this process's system number and the user. */
    private static JCoDestination destination(String user) throws IOException, JCoException {
        String name = "STANDALONE_" + sap.systemNumber() + "_" + user;
        Path file = Path.of(name + ".jcoDestination");
        if (!Files.exists(file)) {
            Properties properties = sap.logon(user);
            properties.setProperty("jco.destination.peak_limit", "10");
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "written by StandaloneSapTest");
            }
            destinationFiles.add(file);
        }
        return JCoDestinationManager.getDestination(name);
    }

    private static String createAndCommit(JCoDestination destination, NewDocument document) throws JCoException {
        return Luw.createAndCommit(destination, document);
    }

    private static BapiCall detail(JCoDestination destination, String number, String view) throws JCoException {
        return BapiCall.of(destination, "BAPISDORDER_GETDETAILEDLIST").row("SALES_DOCUMENTS", "VBELN", number)
                .structure("I_BAPI_VIEW", view, "X").execute(destination);
    }

    /** A call right after SAP restarted meets the pool's broken connection once, as with SAP: then it works. */
    private static BapiCall detailAfterRestart(JCoDestination destination, String number) throws JCoException {
        try {
            return detail(destination, number, "HEADER");
        } catch (JCoException e) {
            assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION);
            return detail(destination, number, "HEADER");
        }
    }

    @Test
    void committedDocumentsChangeDocumentsAndNumbersSurviveARestart() throws Exception {
        String number = createAndCommit(alice, NewDocument.quotation().purchaseOrder("CRM-42").item("M-01", "1"));
        admin.changeDocument("CLERK", number, UserChange.quantity("000010", new BigDecimal("5")));
        // the commit is durable before its answer is lost
        admin.setFaults(FaultSettings.NONE.withCommitAnswerLost(new FaultSettings.Failure(
                "BAPI_TRANSACTION_COMMIT", 1, 1)));
        NewDocument inDoubt = NewDocument.quotation().purchaseOrder("CRM-43").item("M-02", "2");
        assertThatThrownBy(() -> createAndCommit(alice, inDoubt)).isInstanceOfSatisfying(JCoException.class,
                e -> assertThat(e.getGroup()).isEqualTo(JCoException.JCO_ERROR_COMMUNICATION));

        sap.restart();
        admin = sap.admin();

        assertThat(detailAfterRestart(alice, number).table("ORDER_HEADERS_OUT").get(0))
                .containsEntry("PURCH_NO", "CRM-42");
        assertThat(admin.document(number).orElseThrow().changeDocuments())
                .singleElement().satisfies(change -> assertThat(change.user()).isEqualTo("CLERK"));
        assertThat(admin.exportState().documents()).extracting(d -> d.header().data().purchaseOrderNumber())
                .containsExactlyInAnyOrder("CRM-42", "CRM-43");
        String next = createAndCommit(alice, NewDocument.quotation().item("M-01", "1"));
        assertThat(Long.parseLong(next)).isEqualTo(Long.parseLong(number) + 2);
    }

    @Test
    void clientProcessesAndDestinationsShareOneSap() throws Exception {
        Process first = client(USER, "create", "15", "P1-");
        Process second = client(OTHER_USER, "create", "15", "P2-");
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mine.add(createAndCommit(i % 2 == 0 ? alice : bob, NewDocument.quotation().purchaseOrder("T-" + i)
                    .item("M-03", "1")));
        }
        List<String> numbers = new ArrayList<>(mine);
        numbers.addAll(output(first));
        numbers.addAll(output(second));

        assertThat(numbers).hasSize(35).doesNotHaveDuplicates();
        List<CommittedDocument> committed = admin.committedDocuments();
        assertThat(committed).extracting(CommittedDocument::documentNumber).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(committed).filteredOn(d -> d.purchaseOrderNumber().startsWith("P2-"))
                .hasSize(15).allSatisfy(d -> assertThat(d.user()).isEqualTo(OTHER_USER));
        Set<String> sessions = new HashSet<>();
        committed.forEach(d -> sessions.add(d.sessionId()));
        assertThat(sessions).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void clientProcessThatDiesLosesItsSessionAndLocks() throws Exception {
        String number = createAndCommit(alice, NewDocument.quotation().purchaseOrder("BEFORE").item("M-01", "1"));
        Process holder = client(OTHER_USER, "hold", number);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("holding");
            assertThat(changePurchaseOrder(number, "BLOCKED").get(0).code()).isEqualTo("E V1 042");

            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        Eventually.within(10, () -> lockIsFree(number));
        assertThat(detail(alice, number, "HEADER").table("ORDER_HEADERS_OUT").get(0))
                .as("what the dead session had changed was rolled back, not committed")
                .containsEntry("PURCH_NO", "BEFORE");
        assertThat(changeWorks(number)).isTrue();
        assertThat(detail(alice, number, "HEADER").table("ORDER_HEADERS_OUT").get(0))
                .containsEntry("PURCH_NO", "AFTER");
    }

    /** Whether a change of the document gets its lock now; the change is rolled back, nothing is saved. */
    private boolean lockIsFree(String number) {
        try {
            JCoContext.begin(alice);
            try {
                List<BapiCall.Message> messages = DocumentChange.quotation(number).header("PURCH_NO_C", "PROBE")
                        .execute(alice).messages();
                BapiCall.of(alice, "BAPI_TRANSACTION_ROLLBACK").execute(alice);
                return messages.stream().noneMatch(BapiCall.Message::isError);
            } finally {
                JCoContext.end(alice);
            }
        } catch (JCoException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<BapiCall.Message> changePurchaseOrder(String number, String purchaseOrder) throws JCoException {
        JCoContext.begin(alice);
        try {
            BapiCall call = DocumentChange.quotation(number).header("PURCH_NO_C", purchaseOrder).execute(alice);
            BapiCall.of(alice, "BAPI_TRANSACTION_COMMIT").set("WAIT", "X").execute(alice);
            return call.messages();
        } finally {
            JCoContext.end(alice);
        }
    }

    private boolean changeWorks(String number) {
        try {
            return changePurchaseOrder(number, "AFTER").stream().noneMatch(BapiCall.Message::isError);
        } catch (JCoException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void userChangeOverTheAdminApiShowsThroughJcoWithItsChangeDocument() throws Exception {
        String number = createAndCommit(alice, NewDocument.quotation().item("M-01", "2").item("M-02", "1"));

        UserActionResult changed = admin.changeDocument("CLERK", number, UserChange.quantity("000010",
                new BigDecimal("7")));
        UserActionResult rejected = admin.rejectItem("CLERK", number, "000020", "02");

        assertThat(changed.saved()).isTrue();
        assertThat(rejected.saved()).isTrue();
        List<Map<String, String>> items = detail(bob, number, "ITEM").table("ORDER_ITEMS_OUT");
        assertThat(new BigDecimal(items.get(0).get("REQ_QTY"))).isEqualByComparingTo("7");
        assertThat(items.get(1)).containsEntry("REA_FOR_RE", "02");
        BapiCall changeDocuments = BapiCall.of(bob, "RFC_READ_TABLE").set("QUERY_TABLE", "CDHDR")
                .set("DELIMITER", "|").row("FIELDS", "FIELDNAME", "USERNAME").row("FIELDS", "FIELDNAME", "TCODE")
                .execute(bob);
        assertThat(changeDocuments.table("DATA")).extracting(row -> row.get("WA").replace(" ", ""))
                .containsExactly("CLERK|VA22", "CLERK|VA22");
    }

    @Test
    void adminApiAnswersErrorsAsProblemJson() throws Exception {
        String number = createAndCommit(alice, NewDocument.quotation().item("M-01", "1"));
        assertThat(admin.holdOpen("CLERK", number).saved()).isTrue();

        HttpResponse<String> locked = post("documents/" + number + "/items/10/rejection",
                "{\"user\":\"OTHER\",\"reason\":\"02\"}");
        HttpResponse<String> unknown = post("documents/29999999/change", "{\"user\":\"CLERK\"}");
        HttpResponse<String> noUser = post("documents/" + number + "/change", "{}");
        HttpResponse<String> badValue = post("documents/" + number + "/change",
                "{\"user\":\"CLERK\",\"validTo\":\"soon\"}");

        assertThat(locked.statusCode()).isEqualTo(422);
        assertThat(locked.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(locked.body()).contains("\"number\":\"042\"").contains("is currently being processed by CLERK");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(noUser.statusCode()).isEqualTo(400);
        assertThat(noUser.body()).contains("\"field\":\"user\"");
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(badValue.body()).contains("\"field\":\"validTo\"");
        admin.release("CLERK", number);
        assertThat(admin.rejectItem("OTHER", number, "000010", "02").saved()).isTrue();
    }

    private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(sap.adminUri().resolve(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A client process ({@link SapClient}) logged on as the user. */
    private static Process client(String user, String... command) throws IOException {
        List<String> arguments = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), SapClient.class.getName(), sap.systemNumber(), user,
                PASSWORD));
        arguments.addAll(List.of(command));
        return new ProcessBuilder(arguments).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    private static List<String> output(Process client) throws Exception {
        List<String> lines;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(client.getInputStream(),
                StandardCharsets.UTF_8))) {
            lines = out.lines().toList();
        }
        assertThat(client.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(client.exitValue()).isZero();
        return lines;
    }
}
