package org.presalesbridge.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.support.ExchangeHelper;

import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.SalesDocument;

/**
 * Reads a request body into a document or a change, after checking it: content type (415), size (413), JSON
 * syntax, the contract's schema of the operation and the {@link RequestRules} (400, every violation at once).
 * The operation is the route's id, which is the contract's operationId.
 */
public final class DocumentRequests {

    /** Exchange property the routes set: INQUIRY or QUOTATION. */
    public static final String DOCUMENT_KIND = "documentKind";

    private final Contract contract;
    private final RequestRules rules;
    private final ObjectMapper mapper;
    private final long maxBodySize;

    public DocumentRequests(Contract contract, RequestRules rules, ObjectMapper mapper, long maxBodySize) {
        this.contract = contract;
        this.rules = rules;
        this.mapper = mapper;
        this.maxBodySize = maxBodySize;
    }

    /** The new document of a create or simulate request. */
    public SalesDocument newDocument(Exchange exchange) {
        DocumentKind kind = kind(exchange);
        return read(exchange, body -> rules.newDocument(kind, body), SalesDocument.class).withKind(kind);
    }

    /** The change of a change request. */
    public DocumentChange change(Exchange exchange) {
        DocumentKind kind = kind(exchange);
        return read(exchange, body -> rules.change(kind, body), DocumentChange.class);
    }

    /** The body, checked against the contract of the route's operation and the request rules, as {@code type}. */
    private <T> T read(Exchange exchange, Function<JsonNode, List<Violation>> requestRules, Class<T> type) {
        JsonNode body = body(exchange);
        List<Violation> violations = new ArrayList<>(contract.violations(ExchangeHelper.getRouteId(exchange), body));
        violations.addAll(requestRules.apply(body));
        reject(violations);
        return convert(body, type);
    }

    /** Every violation at once, in the order of the body. */
    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(Violation::pointer).thenComparing(Violation::rule));
            throw new InvalidRequest(violations);
        }
    }

    static DocumentKind kind(Exchange exchange) {
        return exchange.getProperty(DOCUMENT_KIND, DocumentKind.class);
    }

    private JsonNode body(Exchange exchange) {
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        if (!isJson(contentType)) {
            throw RequestNotAcceptable.notJson(contentType);
        }
        byte[] bytes = exchange.getMessage().getBody(byte[].class);
        if (bytes == null || bytes.length == 0) {
            throw InvalidRequest.of("/", "json", "the body is empty; a JSON object is expected");
        }
        if (bytes.length > maxBodySize) {
            throw RequestNotAcceptable.tooLarge(maxBodySize);
        }
        try {
            return mapper.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw InvalidRequest.of("/", "json", "the body is not well-formed JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw InvalidRequest.of("/", "json", "the body cannot be read");
        }
    }

    private static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json");
    }

    private <T> T convert(JsonNode body, Class<T> type) {
        try {
            return mapper.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            // the contract let it through, so this is the adapter's fault, not the caller's
            throw new IllegalStateException("A valid body could not be read as " + type.getSimpleName(), e);
        }
    }
}
