package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the built jar as the README says (with the build's class-data archive, from the repository root) and
 * talks HTTP to it, as a CRM would. Settings come from the environment, as in production.
 */
class StartedJarIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private AdapterProcess adapter;

    @AfterEach
    void stop() throws InterruptedException {
        if (adapter != null) {
            adapter.close();
        }
    }

    @Test
    void startedJarCreatesAndDisplaysAnInquiry() throws Exception {
        adapter = AdapterProcess.start(Map.of("API_MAX_ITEMS", "1"));

        HttpResponse<String> created = post(adapter.uri("/api/v1/inquiries"), Documents.inquiry("CRM-JAR")
                .replace(",\n           {\"material\": \"M-05\", \"quantity\": 2.5, \"unit\": \"PCE\", \"text\": \"Ball valve, special\"}", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> displayed = http.send(HttpRequest.newBuilder(adapter.uri(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(displayed.statusCode()).isEqualTo(200);
        assertThat(displayed.body()).contains("\"externalId\":\"CRM-JAR\"");

        HttpResponse<String> twoItems = post(adapter.uri("/api/v1/inquiries"), Documents.inquiry("CRM-JAR-2"));
        assertThat(twoItems.statusCode()).as("API_MAX_ITEMS=1 from the environment").isEqualTo(400);
        assertThat(twoItems.body()).contains("maxItems");
        assertThat(adapter.log()).contains("JCo: jco-mock");
        // the JVM warns ("[cds…] Unable to use shared archive") when it cannot use the archive the build made
        assertThat(adapter.log()).doesNotContain("[cds").doesNotContain("shared archive");
    }

    @Test
    void thePasswordsFromTheEnvironmentNeverAppearInItsLog() throws Exception {
        adapter = AdapterProcess.start(Map.of("SAP_JCO_CLIENT_PASSWD", "Sap-Secret-4711",
                "STORE_PASSWORD", "Store-Secret-0815"));

        HttpResponse<String> created = post(adapter.uri("/api/v1/inquiries"), Documents.inquiry("CRM-JAR-LOG"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        // the start-up log lists the settings: these two are there, masked
        assertThat(adapter.log()).contains("sap.jco.client.passwd = xxxxxx").contains("store.password = xxxxxx")
                .doesNotContain("Sap-Secret-4711").doesNotContain("Store-Secret-0815");
    }

    @Test
    void onItsEmbeddedDefaultTheDocumentsOutliveARestartInSapAsInTheStore() throws Exception {
        String data = TempFiles.directory("presales-bridge-data-").toString();
        adapter = AdapterProcess.start(Map.of("STORE_DATA_DIR", data));
        HttpResponse<String> created = post(adapter.uri("/api/v1/inquiries"), Documents.inquiry("CRM-RESTART"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        adapter.close();

        adapter = AdapterProcess.start(adapter.port(), Map.of("STORE_DATA_DIR", data));

        HttpResponse<String> displayed = http.send(HttpRequest.newBuilder(adapter.uri(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(displayed.statusCode()).as(displayed.body()).isEqualTo(200);
        assertThat(displayed.body()).contains("\"externalId\":\"CRM-RESTART\"");
        HttpResponse<String> again = post(adapter.uri("/api/v1/inquiries"), Documents.inquiry("CRM-RESTART"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.headers().firstValue("Location")).hasValue(location);
        // SAP's number range goes on where it was: a new document does not get the number of the first one
        HttpResponse<String> next = post(adapter.uri("/api/v1/inquiries"), Documents.inquiry("CRM-RESTART-2"));
        assertThat(next.statusCode()).as(next.body()).isEqualTo(201);
        assertThat(next.headers().firstValue("Location")).isPresent().get().isNotEqualTo(location);
        assertThat(adapter.log()).contains("jco.mock.data_dir=" + Path.of(data, "sap"));
    }

    @Test
    void aPortAnotherProcessListensOnEndsTheStartWithTheReason() throws Exception {
        try (ServerSocket otherProcess = new ServerSocket(0)) {
            adapter = AdapterProcess.startRefused(otherProcess.getLocalPort(), Map.of());

            assertThat(adapter.process().exitValue()).isEqualTo(1);
            assertThat(adapter.log()).contains("Presales Bridge cannot start: The API cannot listen on 0.0.0.0:"
                            + otherProcess.getLocalPort() + " (api.port, environment API_PORT): Address already in use")
                    .doesNotContain("Vert.x HttpServer started").doesNotContain("\tat ");
        }
    }

    @Test
    void whileTheStoreOpensTheApiAnswersThatTheAdapterIsStartingNeverThatNothingIsThere() throws Exception {
        // a "PostgreSQL" that takes connections and never answers: the store's opening waits for it (about 10 s,
        // the driver's read timeout), as it waits for a large embedded file after a killed process
        try (ServerSocket silentDatabase = new ServerSocket(0)) {
            List<Socket> held = new CopyOnWriteArrayList<>();
            Thread accepting = new Thread(() -> {
                try {
                    while (true) {
                        held.add(silentDatabase.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            accepting.setDaemon(true);
            accepting.start();
            int port = AdapterProcess.freePort();
            adapter = AdapterProcess.launchOnly(port, Map.of("STORE_URL",
                    "jdbc:postgresql://127.0.0.1:" + silentDatabase.getLocalPort() + "/presales"));
            URI quotations = URI.create("http://localhost:" + port + "/api/v1/quotations");

            // the first answer that is not the HTTP server's own 404 of its first milliseconds (README, Known limits)
            HttpResponse<String> answer = null;
            for (int attempt = 0; attempt < 400 && answer == null && adapter.process().isAlive(); attempt++) {
                try {
                    HttpResponse<String> response = post(quotations, "{}");
                    if (response.statusCode() != 404) {
                        answer = response;
                    }
                } catch (IOException notListeningYet) {
                    // not listening yet
                }
                Thread.sleep(20);
            }
            assertThat(answer).as("an answer while the store opens; the log:%n%s", adapter.log()).isNotNull();
            // from then on, for as long as the store opens, a CRM learns to ask again: never "no such resource"
            List<HttpResponse<String>> answers = new ArrayList<>(List.of(answer));
            for (int i = 0; i < 20; i++) {
                answers.add(post(quotations, "{}"));
                Thread.sleep(50);
            }
            assertThat(answers).allSatisfy(starting -> {
                assertThat(starting.statusCode()).as(starting.body()).isEqualTo(503);
                assertThat(starting.headers().firstValue("Content-Type")).contains("application/problem+json");
                assertThat(starting.headers().firstValue("Retry-After")).isPresent();
                assertThat(starting.body()).contains("urn:presales-bridge:problem:starting");
            });
            // the store never opens: the adapter ends, saying why
            assertThat(adapter.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(adapter.process().exitValue()).isEqualTo(1);
            assertThat(adapter.log()).contains("Presales Bridge cannot start: The store cannot be opened");
            for (Socket socket : held) {
                socket.close();
            }
        }
    }

    private HttpResponse<String> post(URI uri, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
