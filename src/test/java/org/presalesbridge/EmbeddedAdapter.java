package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.presalesbridge.config.PresalesBridgeConfiguration;
import org.presalesbridge.mocksap.jco.InProcessSystems;
import org.presalesbridge.mocksap.jco.TruncationLedger;
import org.presalesbridge.mocksap.server.MockSapAdmin;
import org.presalesbridge.mocksap.server.SimulatedSap;
import org.presalesbridge.store.Store;

/**
 * The adapter as the README runs it (embedded default: Camel Main, the routes in routes/, mock-sap inside), on a
 * free port, with a CRM's HTTP client and the simulated SAP's admin for faults and the ledger. As a JUnit
 * extension ({@code @RegisterExtension static EmbeddedAdapter adapter = EmbeddedAdapter.running()}) it starts
 * once per test class and gives every test a freshly reset SAP.
 */
public final class EmbeddedAdapter implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {

    public static final String SAP_INSTANCE = "PRESALES_BRIDGE_SAP";

    private final Map<String, String> settings;
    private final int port = freePort();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private Main main;

    private EmbeddedAdapter(Map<String, String> settings) {
        this.settings = settings;
    }

    /** The adapter with its default settings. */
    public static EmbeddedAdapter running() {
        return running(Map.of());
    }

    /** The adapter with some settings overridden. */
    public static EmbeddedAdapter running(Map<String, String> settings) {
        return new EmbeddedAdapter(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        main = new Main();
        main.configure().addConfiguration(PresalesBridgeConfiguration.class);
        main.addOverrideProperty("api.port", String.valueOf(port));
        main.addOverrideProperty("store.data-dir", TempFiles.directory("presales-bridge-store-").toString());
        // a test that takes SAP down leaves the circuit towards SAP open: here it opens briefly, see beforeEach
        main.addOverrideProperty("sap.circuit.open-millis", "200");
        settings.forEach(main::addOverrideProperty);
        main.start();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws SQLException, InterruptedException {
        TruncationLedger.clear();
        sap().reset();
        awaitReady();
        // SAP starts again from its first numbers: the store forgets what it knew of the documents before
        try (Connection connection = store().dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM document_key");
            statement.executeUpdate("DELETE FROM idempotency_record");
            statement.executeUpdate("DELETE FROM audit_event");
            statement.executeUpdate("DELETE FROM accepted_request");
        }
    }

    /** JCo cuts a value longer than its SAP field without a word: no test may have sent SAP one. */
    @Override
    public void afterEach(ExtensionContext context) {
        assertThat(TruncationLedger.entries()).as("values JCo cut to their SAP field's length").isEmpty();
    }

    /** Waits until the adapter takes traffic (GET /health/ready), after a test that left the circuit open. */
    private void awaitReady() throws InterruptedException {
        for (int attempt = 0; attempt < 600 && get("/health/ready").status() != 200; attempt++) {
            Thread.sleep(50);
        }
    }

    /** The audit trail's events, oldest first, each as "operation outcome" (create saved, change refused, …). */
    public List<String> auditEvents() throws SQLException {
        try (Connection connection = store().dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT operation, outcome FROM audit_event ORDER BY event_id")) {
            List<String> events = new ArrayList<>();
            while (rows.next()) {
                events.add(rows.getString(1) + " " + rows.getString(2));
            }
            return events;
        }
    }

    /** The adapter's store. */
    public Store store() {
        return main.getCamelContext().getRegistry().lookupByNameAndType("store", Store.class);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The simulated SAP the adapter talks to (created on first use by jco-mock). */
    public MockSapAdmin sap() {
        return ((SimulatedSap) InProcessSystems.get(SAP_INSTANCE, new Properties())).admin();
    }

    /** A bean of the running adapter, by its type. */
    public <T> T bean(Class<T> type) {
        return main.getCamelContext().getRegistry().findSingleByType(type);
    }

    /** Reads an accepted request's status resource until it shows {@code state}; fails after 30 s of waiting. */
    public JsonNode awaitState(String location, String state) {
        return await(location, status -> status.path("state").asText().equals(state));
    }

    /** Reads the status resource until it shows what is expected; fails after 30 s of waiting. */
    public JsonNode await(String location, Predicate<JsonNode> expected) {
        JsonNode status = null;
        for (int attempt = 0; attempt < 600; attempt++) {
            Answer answer = get(location);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            status = answer.json();
            if (expected.test(status)) {
                return status;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("never reached the expected state: " + status);
    }

    public Answer get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** A POST with request headers (name, value, name, value …). */
    public Answer post(String path, String body, String... headers) {
        return send(json(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A PATCH with request headers (name, value, name, value …). */
    public Answer patch(String path, String body, String... headers) {
        return send(json(path, headers).method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder json(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json");
        return headers.length == 0 ? builder : builder.headers(headers);
    }

    public Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null), response.body(), json,
                    response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    @Override
    public void close() {
        main.stop();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP answer as a CRM sees it. */
    public record Answer(int status, String contentType, String location, String body, ObjectMapper mapper,
                         Map<String, List<String>> headers) {

        /** Whether the answer is one given before ({@code Idempotent-Replayed: true}). */
        public boolean replayed() {
            return headers.getOrDefault("idempotent-replayed", List.of()).contains("true");
        }

        public JsonNode json() {
            try {
                return mapper.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
