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
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.camel.main.Main;
import org.presalesbridge.config.PresalesBridgeConfiguration;

/**
 * The build's training run for the class-data sharing archive ({@code target/presales-bridge.jsa}): the JVM runs
 * it with {@code -XX:ArchiveClassesAtExit}, so that the archive holds the classes the adapter loads to start and
 * to answer a CRM's first requests, parsed and verified once at build time instead of at every start.
 *
 * <p>It starts the adapter on its embedded default whatever the environment says (mock-sap inside, an embedded
 * store in a temporary folder, a free port), sends the requests of the README's first five minutes and stops it.
 * It never talks to a real SAP or a shared database. When the adapter does not start, or answers a request other
 * than the README says, the run fails, and with it the build.
 */
public final class ClassDataRun {

    private static final String SALES_AREA =
            "\"salesArea\": {\"salesOrganization\": \"1000\", \"distributionChannel\": \"10\", \"division\": \"00\"}";

    private ClassDataRun() {
    }

    public static void main(String[] args) throws IOException {
        Path data = Files.createTempDirectory("presales-bridge-class-data-run-");
        int port = freePort();
        Main main = new Main();
        main.configure().addConfiguration(PresalesBridgeConfiguration.class);
        main.addOverrideProperty("api.port", String.valueOf(port));
        main.addOverrideProperty("store.url", "");
        main.addOverrideProperty("store.data-dir", data.toString());
        main.addOverrideProperty("sap.connector", "jco");
        main.addOverrideProperty("sap.jco.client.ashost", "");
        main.addOverrideProperty("sap.jco.mock.instance", "PRESALES_BRIDGE_SAP");
        int status = 0;
        try {
            main.start();
            new Requests(port).send();
        } catch (Exception | LinkageError e) {
            System.err.println("The class-data run failed: " + Application.reason(e));
            status = 1;
        } finally {
            main.stop();
            delete(data);
        }
        // the archive is written as the JVM exits; no thread of the adapter may hold it open
        System.exit(status);
    }

    /** The README's first five minutes, each answered as the README says. */
    private static final class Requests {

        private final HttpClient http = HttpClient.newHttpClient();
        private final int port;

        Requests(int port) {
            this.port = port;
        }

        void send() throws IOException, InterruptedException {
            awaitReady();
            String inquiry = "{\"externalId\": \"CLASS-DATA-RUN-1\", " + SALES_AREA + ", \"soldTo\": \"1000\", "
                    + "\"customerReference\": \"RFQ 4711\", \"requestedDeliveryDate\": \"2030-03-02\", "
                    + "\"items\": [{\"material\": \"M-01\", \"quantity\": 5, \"unit\": \"PCE\"}, "
                    + "{\"material\": \"M-05\", \"quantity\": 2.5, \"unit\": \"PCE\", \"text\": \"Ball valve\"}]}";
            String inquiryNumber = number(expect(201, post("/api/v1/inquiries", inquiry)));
            String quotation = "{\"externalId\": \"CLASS-DATA-RUN-2\", " + SALES_AREA + ", \"soldTo\": \"1000\", "
                    + "\"validFrom\": \"2030-01-01\", \"validTo\": \"2030-03-31\", \"referenceInquiry\": \""
                    + inquiryNumber + "\"}";
            String quotationNumber = number(expect(201, post("/api/v1/quotations", quotation)));
            expect(200, send(request("/api/v1/quotations/" + quotationNumber).method("PATCH", body(
                    "{\"shipTo\": \"1001\", \"validTo\": \"2030-04-30\", \"items\": [{\"itemNumber\": 10, "
                            + "\"quantity\": 7}, {\"material\": \"M-02\", \"quantity\": 1, \"unit\": \"PCE\"}]}"))
                    .header("Content-Type", "application/json")));
            expect(200, send(request("/api/v1/quotations/00" + quotationNumber).GET()));
            expect(200, send(request("/api/v1/inquiries/" + inquiryNumber).GET()));
            expect(200, send(request("/api/v1/quotations?externalId=CLASS-DATA-RUN-2").GET()));
            expect(200, post("/api/v1/quotations/simulate", quotation.replace("CLASS-DATA-RUN-2", "CLASS-DATA-RUN-3")
                    .replace("\"referenceInquiry\": \"" + inquiryNumber + "\"",
                            "\"items\": [{\"material\": \"M-01\", \"quantity\": 2, \"unit\": \"PCE\"}]")));
            expect(201, send(request("/api/v1/inquiries").POST(body(inquiry.replace("RUN-1", "RUN-4")))
                    .header("Content-Type", "application/json").header("Prefer", "return=minimal")));
            expect(400, post("/api/v1/inquiries", "{\"externalId\": \"CLASS-DATA-RUN-5\", \"soldTo\": "
                    + "\"10000000000\", \"priority\": \"high\", " + SALES_AREA + ", \"items\": [{\"material\": "
                    + "\"M-01\", \"quantity\": 1.0001, \"unit\": \"PCE\"}]}"));
            expect(200, send(request("/api/v1/openapi.json").GET()));
        }

        private void awaitReady() throws IOException, InterruptedException {
            for (int attempt = 0; attempt < 600; attempt++) {
                if (send(request("/health/ready").GET()).statusCode() == 200) {
                    return;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("The adapter was not ready within 30 s of its start.");
        }

        private HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
            return send(request(path).POST(body(json)).header("Content-Type", "application/json"));
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(30));
        }

        private static HttpRequest.BodyPublisher body(String json) {
            return HttpRequest.BodyPublishers.ofString(json);
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
            if (answer.statusCode() != status) {
                throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
                        + " was answered " + answer.statusCode() + ", not " + status + ": " + answer.body());
            }
            return answer;
        }

        /** The documentNumber of a created document, from its Location. */
        private static String number(HttpResponse<String> created) {
            String location = created.headers().firstValue("Location").orElseThrow(
                    () -> new IllegalStateException("a create was answered without a Location"));
            return location.substring(location.lastIndexOf('/') + 1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
