package org.presalesbridge;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.presalesbridge.mocksap.standalone.RfcUsers;
import org.presalesbridge.mocksap.standalone.StandaloneProcess;

/**
 * The built adapter started as the README says ({@code java -XX:SharedArchiveFile=target/presales-bridge.jsa -jar
 * target/presales-bridge.jar}, from the repository root) on a free port, with settings from the environment as in production; ready once it serves its contract.
 */
public final class AdapterProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final URI base;

    private AdapterProcess(Process process, Path log, URI base) {
        this.process = process;
        this.log = log;
        this.base = base;
    }

    /**
     * The environment that points the adapter at mock-sap as a process of its own, as at a real SAP (no SAP inside
     * the adapter), plus the entries given (name, value, name, value …).
     */
    public static Map<String, String> talkingTo(StandaloneProcess sap, String... more) {
        Map<String, String> environment = new HashMap<>(Map.of(
                "SAP_JCO_MOCK_INSTANCE", "",
                "SAP_JCO_CLIENT_ASHOST", "127.0.0.1",
                "SAP_JCO_CLIENT_SYSNR", sap.systemNumber(),
                "SAP_JCO_CLIENT_USER", RfcUsers.DEFAULT_USER,
                "SAP_JCO_CLIENT_PASSWD", RfcUsers.DEFAULT_PASSWORD));
        for (int i = 0; i + 1 < more.length; i += 2) {
            environment.put(more[i], more[i + 1]);
        }
        return Map.copyOf(environment);
    }

    /** Starts the adapter with these environment variables (besides {@code API_PORT}) and waits until it answers. */
    public static AdapterProcess start(Map<String, String> environment) throws Exception {
        return start(freePort(), environment);
    }

    /** Starts the adapter on this port (a restart takes the port of the process before it). */
    public static AdapterProcess start(int port, Map<String, String> environment) throws Exception {
        AdapterProcess adapter = launch(port, environment);
        adapter.awaitReady();
        return adapter;
    }

    /** Starts the adapter on this port and returns at once, while it starts. */
    public static AdapterProcess launchOnly(int port, Map<String, String> environment) throws Exception {
        return launch(port, environment);
    }

    /**
     * Starts the adapter on this port where it is expected to refuse to start; returns once its process ended by
     * itself (an {@link AssertionError} when it still runs after 60 seconds).
     */
    public static AdapterProcess startRefused(int port, Map<String, String> environment) throws Exception {
        AdapterProcess adapter = launch(port, environment);
        if (!adapter.process.waitFor(60, TimeUnit.SECONDS)) {
            adapter.kill();
            throw new AssertionError("the adapter did not end by itself:\n" + adapter.log());
        }
        return adapter;
    }

    private static AdapterProcess launch(int port, Map<String, String> environment) throws Exception {
        Path log = TempFiles.file("presales-bridge", ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:SharedArchiveFile=target/presales-bridge.jsa", "-jar", "target/presales-bridge.jar")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // a store of its own, unless the test shares one between processes
        builder.environment().put("STORE_DATA_DIR", TempFiles.directory("presales-bridge-store-").toString());
        builder.environment().putAll(environment);
        builder.environment().put("API_PORT", String.valueOf(port));
        return new AdapterProcess(builder.start(), log, URI.create("http://localhost:" + port));
    }

    public URI uri(String path) {
        return base.resolve(path);
    }

    public Process process() {
        return process;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Waits until the adapter answers, or gives up when its process ends or after 60 seconds. */
    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri("/api/v1/openapi.json")).timeout(Duration.ofSeconds(5)).build();
        for (int attempt = 0; attempt < 600; attempt++) {
            if (!process.isAlive()) {
                throw new AssertionError("the adapter stopped:\n" + log());
            }
            // the wait is bounded here, not by the client's timeouts: a request the JDK's client sent while the
            // adapter's server was starting once waited on for minutes, with the adapter answering others at once
            CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(ready, HttpResponse.BodyHandlers.discarding());
            try {
                if (answer.get(6, TimeUnit.SECONDS).statusCode() == 200) {
                    return;
                }
            } catch (ExecutionException | TimeoutException notYet) {
                answer.cancel(true); // not listening yet, or that request lost: the next one asks again
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the adapter did not answer within 60 s:\n" + log());
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return base.getPort();
    }

    /** SIGKILL: the process ends at once, whatever it was doing, as in a crash of its machine's JVM. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM, as an operator stops it; SIGKILL when it has not ended after 60 seconds. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
