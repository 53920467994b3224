package org.presalesbridge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Starts the built jar as the README says (java -jar target/presales-bridge.jar, from the repository root) and
 * talks HTTP to it, as a CRM would. Settings come from the environment, as in production.
 */
class StartedJarIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private Process adapter;

    @AfterEach
    void stop() throws InterruptedException {
        if (adapter != null) {
            adapter.destroy();
            adapter.waitFor();
        }
    }

    @Test
    void startedJarCreatesAndDisplaysAnInquiry() throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("presales-bridge", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/presales-bridge.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("API_PORT", String.valueOf(port));
        builder.environment().put("API_MAX_ITEMS", "1");
        adapter = builder.start();
        URI base = URI.create("http://localhost:" + port);
        awaitReady(base.resolve("/api/v1/openapi.json"), log);

        HttpResponse<String> created = post(base.resolve("/api/v1/inquiries"), Documents.inquiry("CRM-JAR")
                .replace(",\n           {\"material\": \"M-05\", \"quantity\": 2.5, \"unit\": \"PCE\", \"text\": \"Ball valve, special\"}", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> displayed = http.send(HttpRequest.newBuilder(base.resolve(location)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(displayed.statusCode()).isEqualTo(200);
        assertThat(displayed.body()).contains("\"externalId\":\"CRM-JAR\"");

        HttpResponse<String> twoItems = post(base.resolve("/api/v1/inquiries"), Documents.inquiry("CRM-JAR-2"));
        assertThat(twoItems.statusCode()).as("API_MAX_ITEMS=1 from the environment").isEqualTo(400);
        assertThat(twoItems.body()).contains("maxItems");
        assertThat(Files.readString(log)).contains("JCo: jco-mock");
    }

    private HttpResponse<String> post(URI uri, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until the adapter answers, or gives up when its process ends or after 60 seconds. */
    private void awaitReady(URI uri, Path log) throws Exception {
        for (int attempt = 0; attempt < 600; attempt++) {
            if (!adapter.isAlive()) {
                throw new AssertionError("the adapter stopped:\n" + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the adapter did not answer within 60 s:\n" + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
