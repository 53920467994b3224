package org.presalesbridge.mocksap.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.presalesbridge.mocksap.sd.SdMessage;
import org.presalesbridge.mocksap.sd.SdState;
import org.presalesbridge.mocksap.server.CallRecord;
import org.presalesbridge.mocksap.server.CommittedDocument;
import org.presalesbridge.mocksap.server.FaultSettings;
import org.presalesbridge.mocksap.server.LedgerCounts;
import org.presalesbridge.mocksap.server.MockSapAdmin;
import org.presalesbridge.mocksap.server.UserActionResult;
import org.presalesbridge.mocksap.server.UserChange;

/**
 * {@link MockSapAdmin} of a standalone mock-sap, over its admin HTTP API: the same tests run against
 * an SAP in the test's JVM and against one in a process of its own.
 */
public final class HttpMockSapAdmin implements MockSapAdmin {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final HttpClient http;
    private final ObjectMapper json = MockSapJson.mapper();

    /** @param base the admin API, e.g. {@code http://127.0.0.1:8099/} */
    public HttpMockSapAdmin(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT).build();
    }

    @Override
    public FaultSettings faults() {
        return read(send("GET", "faults", null), FaultSettings.class);
    }

    @Override
    public void setFaults(FaultSettings settings) {
        send("PUT", "faults", settings);
    }

    @Override
    public List<CallRecord> calls() {
        return read(send("GET", "ledger/calls", null), new TypeReference<>() { });
    }

    @Override
    public List<CommittedDocument> committedDocuments() {
        return read(send("GET", "ledger/documents", null), new TypeReference<>() { });
    }

    @Override
    public LedgerCounts ledgerCounts() {
        return read(send("GET", "ledger/counts", null), LedgerCounts.class);
    }

    @Override
    public UserActionResult changeDocument(String user, String documentNumber, UserChange change) {
        ObjectNode body = json.valueToTree(change);
        body.put("user", user);
        return userAction("documents/" + segment(documentNumber) + "/change", "POST", body, documentNumber);
    }

    @Override
    public UserActionResult rejectItem(String user, String documentNumber, String item, String reasonForRejection) {
        ObjectNode body = json.createObjectNode().put("user", user).put("reason", reasonForRejection);
        return userAction("documents/" + segment(documentNumber) + "/items/" + segment(item) + "/rejection", "POST",
                body, documentNumber);
    }

    @Override
    public UserActionResult createOrderFromQuotation(String user, String quotationNumber) {
        ObjectNode body = json.createObjectNode().put("user", user);
        return userAction("quotations/" + segment(quotationNumber) + "/sales-order", "POST", body, quotationNumber);
    }

    @Override
    public UserActionResult holdOpen(String user, String documentNumber) {
        ObjectNode body = json.createObjectNode().put("user", user);
        return userAction("documents/" + segment(documentNumber) + "/lock", "PUT", body, documentNumber);
    }

    @Override
    public void release(String user, String documentNumber) {
        send("DELETE", "documents/" + segment(documentNumber) + "/lock?user=" + segment(user), null);
    }

    @Override
    public void reset() {
        send("POST", "reset", null);
    }

    @Override
    public SdState exportState() {
        return read(send("GET", "state", null), SdState.class);
    }

    @Override
    public void importState(SdState state) {
        send("PUT", "state", state);
    }

    /** The committed document as the admin API displays it (with flow and change documents). */
    public Optional<DocumentDisplay.Displayed> document(String documentNumber) {
        HttpResponse<byte[]> response = exchange("GET", "documents/" + segment(documentNumber), null);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(checked(response), DocumentDisplay.Displayed.class));
    }

    // ---- HTTP ---------------------------------------------------------------------------------------

    /** A user action: saved (200) or refused by SAP (404, 422 with SAP's messages) both come back as a result. */
    private UserActionResult userAction(String path, String method, JsonNode body, String documentNumber) {
        HttpResponse<byte[]> response = exchange(method, path, body);
        JsonNode problem = response.statusCode() == 404 || response.statusCode() == 422 ? tree(response) : null;
        if (problem == null || !problem.has("messages")) {
            return read(checked(response), UserActionResult.class);
        }
        List<SdMessage> messages = json.convertValue(problem.path("messages"), new TypeReference<>() { });
        return new UserActionResult(false, problem.path("documentNumber").asText(documentNumber),
                messages == null ? List.of() : messages);
    }

    private HttpResponse<byte[]> send(String method, String path, Object body) {
        return checked(exchange(method, path, body));
    }

    private HttpResponse<byte[]> exchange(String method, String path, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
            HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
                    .header("Content-Type", AdminApi.JSON).header("Accept", AdminApi.JSON)
                    .method(method, publisher).build();
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("mock-sap admin API at " + base + " not reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling mock-sap's admin API", e);
        }
    }

    private HttpResponse<byte[]> checked(HttpResponse<byte[]> response) {
        if (response.statusCode() < 300) {
            return response;
        }
        JsonNode problem = tree(response);
        throw new IllegalStateException("mock-sap admin API " + response.request().method() + " "
                + response.request().uri().getPath() + ": " + response.statusCode() + " "
                + problem.path("title").asText() + ": " + problem.path("detail").asText());
    }

    private JsonNode tree(HttpResponse<byte[]> response) {
        try {
            return response.body().length == 0 ? json.createObjectNode() : json.readTree(response.body());
        } catch (IOException e) {
            return json.createObjectNode().put("detail", new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    private <T> T read(HttpResponse<byte[]> response, Class<T> type) {
        return read(response, json.constructType(type));
    }

    private <T> T read(HttpResponse<byte[]> response, TypeReference<T> type) {
        return read(response, json.getTypeFactory().constructType(type));
    }

    private <T> T read(HttpResponse<byte[]> response, JavaType type) {
        try {
            return json.readValue(response.body(), type);
        } catch (IOException e) {
            throw new UncheckedIOException("unexpected answer from mock-sap's admin API", e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
