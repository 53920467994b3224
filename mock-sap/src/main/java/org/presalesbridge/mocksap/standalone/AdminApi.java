package org.presalesbridge.mocksap.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.presalesbridge.mocksap.sd.SdState;
import org.presalesbridge.mocksap.sd.masterdata.ConversionExits;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.MockSapAdmin;
import org.presalesbridge.mocksap.server.UserActionResult;
import org.presalesbridge.mocksap.server.UserChange;

/**
 * The admin HTTP API of the standalone mock-sap: {@link MockSapAdmin} as JSON over HTTP, plus the
 * display of a document. Every endpoint is listed in mock-sap/docs/standalone.md; errors are
 * {@code application/problem+json}.
 */
public final class AdminApi implements AutoCloseable {

    static final String JSON = "application/json";
    static final String PROBLEM_JSON = "application/problem+json";
    /** POSNR: NUMC 6. */
    private static final int ITEM_NUMBER_LENGTH = 6;

    private final MockSapAdmin admin;
    private final DocumentDisplay display;
    private final Runnable afterReset;
    private final Runnable durability;
    private final ObjectMapper json = MockSapJson.mapper();
    private final List<Route> routes;
    private final HttpServer server;
    private final ExecutorService executor;

    /**
     * @param afterReset runs after a reset, e.g. to start the data directory anew
     * @param durability runs before every answer: returns once the commits it may reveal are on disk
     */
    public AdminApi(MockSapAdmin admin, DocumentDisplay display, Runnable afterReset, Runnable durability,
                    InetSocketAddress address) throws IOException {
        this.admin = admin;
        this.display = display;
        this.afterReset = afterReset;
        this.durability = durability;
        this.routes = routes();
        this.server = HttpServer.create(address, 64);
        this.executor = Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "mock-sap-admin");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    // ---- the endpoints ---------------------------------------------------------------------------

    private List<Route> routes() {
        return List.of(
                new Route("GET", "/health", r -> Map.of("status", "UP")),
                new Route("GET", "/faults", r -> admin.faults()),
                new Route("PUT", "/faults", r -> {
                    admin.setFaults(r.body(FaultSettings.class));
                    return admin.faults();
                }),
                new Route("DELETE", "/faults", r -> {
                    admin.setFaults(FaultSettings.NONE);
                    return admin.faults();
                }),
                new Route("GET", "/ledger/calls", r -> admin.calls()),
                new Route("GET", "/ledger/documents", r -> admin.committedDocuments()),
                new Route("GET", "/ledger/counts", r -> admin.ledgerCounts()),
                new Route("GET", "/documents/([^/]+)", r -> display.display(r.document())
                        .orElseThrow(() -> Problem.notFound("no committed document " + r.document()))),
                new Route("POST", "/documents/([^/]+)/change", r -> saved(r, admin.changeDocument(r.user(),
                        r.document(), r.body(UserChange.class)))),
                new Route("POST", "/documents/([^/]+)/items/([^/]+)/rejection", r -> saved(r, admin.rejectItem(
                        r.user(), r.document(), r.item(), r.text("reason")))),
                new Route("POST", "/quotations/([^/]+)/sales-order", r -> saved(r,
                        admin.createOrderFromQuotation(r.user(), r.document()))),
                new Route("PUT", "/documents/([^/]+)/lock", r -> saved(r, admin.holdOpen(r.user(), r.document()))),
                new Route("DELETE", "/documents/([^/]+)/lock", r -> {
                    admin.release(r.user(), r.document());
                    return null;
                }),
                new Route("GET", "/state", r -> admin.exportState()),
                new Route("PUT", "/state", r -> {
                    admin.importState(r.body(SdState.class));
                    afterReset.run();
                    return null;
                }),
                new Route("POST", "/reset", r -> {
                    admin.reset();
                    afterReset.run();
                    return null;
                }));
    }

    /**
     * A user action SAP refused is a problem that carries SAP's messages: 404 when the document of the
     * path does not exist, else 422 (locked, a rule broken).
     */
    private UserActionResult saved(Request request, UserActionResult result) {
        if (result.saved()) {
            return result;
        }
        int status = display.display(request.document()).isPresent() ? 422 : 404;
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("documentNumber", result.documentNumber());
        extensions.put("messages", result.messages());
        String first = result.messages().isEmpty() ? "SAP did not save" : result.messages().get(0).message();
        throw new Problem(status, status == 404 ? "not-found" : "not-saved", "SAP did not save", first, extensions);
    }

    // ---- routing and answers ---------------------------------------------------------------------

    /** What an endpoint does with a request; returns the JSON body, or null for 204 No Content. */
    @FunctionalInterface
    interface Action {
        Object run(Request request) throws IOException;
    }

    private record Route(String method, Pattern path, Action action) {
        Route(String method, String path, Action action) {
            this(method, Pattern.compile(path), action);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                Object body = dispatch(exchange);
                durability.run();
                answer(exchange, 200, JSON, body);
            } catch (Problem problem) {
                answer(exchange, problem.status(), PROBLEM_JSON, problemBody(problem, exchange));
            } catch (JsonProcessingException e) {
                answer(exchange, 400, PROBLEM_JSON, problemBody(badJson(e), exchange));
            } catch (IllegalArgumentException e) {
                answer(exchange, 400, PROBLEM_JSON, problemBody(Problem.badRequest(e.getMessage()), exchange));
            } catch (RuntimeException e) {
                System.err.println("mock-sap admin: " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getPath() + " failed: " + e);
                Problem problem = new Problem(500, "internal", "Internal error", "mock-sap could not do this: "
                        + e.getClass().getSimpleName());
                answer(exchange, 500, PROBLEM_JSON, problemBody(problem, exchange));
            }
        }
    }

    /** A body that is not the JSON expected: names the member at fault where Jackson knows it. */
    private static Problem badJson(JsonProcessingException e) {
        String field = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[") : "";
        String detail = "the body is not the JSON expected" + (field.isEmpty() ? "" : " at " + field) + ": "
                + e.getOriginalMessage();
        return new Problem(400, "bad-request", "Bad request", detail,
                field.isEmpty() ? Map.of() : Map.of("field", field));
    }

    private Object dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean pathKnown = false;
        for (Route route : routes) {
            Matcher matcher = route.path().matcher(path);
            if (!matcher.matches()) {
                continue;
            }
            pathKnown = true;
            if (route.method().equals(exchange.getRequestMethod())) {
                return route.action().run(new Request(exchange, matcher, json));
            }
        }
        if (pathKnown) {
            throw new Problem(405, "method-not-allowed", "Method not allowed",
                    exchange.getRequestMethod() + " is not allowed on " + path);
        }
        throw Problem.notFound("no endpoint " + path + " (see mock-sap/docs/standalone.md)");
    }

    private ObjectNode problemBody(Problem problem, HttpExchange exchange) {
        ObjectNode body = json.createObjectNode();
        body.put("type", Problem.TYPE_BASE + problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("instance", exchange.getRequestURI().getPath());
        problem.extensions().forEach((name, value) -> body.set(name, json.valueToTree(value)));
        return body;
    }

    private void answer(HttpExchange exchange, int status, String contentType, Object body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** One request as an endpoint reads it: path segments, JSON body, the acting user. */
    static final class Request {
        private final HttpExchange exchange;
        private final Matcher path;
        private final ObjectMapper json;
        private JsonNode body;

        Request(HttpExchange exchange, Matcher path, ObjectMapper json) {
            this.exchange = exchange;
            this.path = path;
            this.json = json;
        }

        private String segment(int group) {
            return URLDecoder.decode(path.group(group), StandardCharsets.UTF_8);
        }

        /** The document number of the path, through SAP's ALPHA exit as the GUI runs it: 20000012 is 0020000012. */
        String document() {
            return ConversionExits.alphaInput(segment(1));
        }

        /** The item number of the path (POSNR, 6 digits): 10 is 000010. */
        String item() {
            return ConversionExits.alphaInput(segment(2), ITEM_NUMBER_LENGTH);
        }

        JsonNode body() throws IOException {
            if (body == null) {
                try (InputStream in = exchange.getRequestBody()) {
                    byte[] bytes = in.readAllBytes();
                    body = bytes.length == 0 ? json.createObjectNode() : json.readTree(bytes);
                }
            }
            return body;
        }

        <T> T body(Class<T> type) throws IOException {
            return json.treeToValue(body(), type);
        }

        /** A required text member of the body. */
        String text(String member) throws IOException {
            JsonNode value = body().get(member);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new Problem(400, "bad-request", "Bad request", "the body needs \"" + member + "\"",
                        Map.of("field", member));
            }
            return value.asText();
        }

        /** The SAP user acting: body member "user", else query parameter "user". */
        String user() throws IOException {
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null) {
                for (String parameter : query.split("&")) {
                    if (parameter.startsWith("user=")) {
                        return URLDecoder.decode(parameter.substring(5), StandardCharsets.UTF_8).toUpperCase();
                    }
                }
            }
            return text("user").toUpperCase();
        }
    }
}
