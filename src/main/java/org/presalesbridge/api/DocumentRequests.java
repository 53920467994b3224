package org.presalesbridge.api;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.apache.camel.Exchange;
import org.apache.camel.support.ExchangeHelper;

import org.presalesbridge.document.DocumentChange;
import org.presalesbridge.document.DocumentKind;
import org.presalesbridge.document.SalesDocument;
import org.presalesbridge.translation.Alpha;
import org.presalesbridge.writes.ApiClient;
import org.presalesbridge.writes.DocumentWrites;

/**
 * Reads a request body into a document or a change, after checking it: content type (415), size (413), JSON
 * syntax, the contract's schema of the operation and the {@link RequestRules}, the path parameters and headers
 * (400, every violation at once). A display has its path parameters checked alone. The operation is the route's
 * id, which is the contract's operationId.
 */
public final class DocumentRequests {

    /** Exchange property the routes set: INQUIRY or QUOTATION. */
    public static final String DOCUMENT_KIND = "documentKind";
    /** Exchange property of a change: the number of the document it changes, without leading zeros. */
    public static final String REQUEST_DOCUMENT_NUMBER = "requestDocumentNumber";
    /** The exchange property with the externalId a search by the CRM's key asked for. */
    public static final String SEARCHED_EXTERNAL_ID = "searchedExternalId";

    /** An Idempotency-Key: 1 to 255 visible ASCII characters. */
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final ObjectMapper CANONICAL = new ObjectMapper()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

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

    /**
     * The path and query parameters of a request without a body ({@code documentNumber} of a display), checked
     * against the contract before SAP is asked: a value that cannot be an SAP document number is 400, not a 404 from
     * SAP.
     */
    public void checkParameters(Exchange exchange) {
        reject(parameterViolations(exchange));
    }

    /**
     * The {@code externalId} of a search by the CRM's key, checked against the contract before SAP is asked, and
     * kept for the answer ({@link #SEARCHED_EXTERNAL_ID}).
     */
    public String searchedExternalId(Exchange exchange) {
        reject(parameterViolations(exchange));
        String externalId = queryParameter(exchange, "externalId");
        exchange.setProperty(SEARCHED_EXTERNAL_ID, externalId);
        return externalId;
    }

    private List<Violation> parameterViolations(Exchange exchange) {
        return contract.parameterViolations(ExchangeHelper.getRouteId(exchange), (parameter, name) ->
                parameter.inQuery() ? queryParameter(exchange, name)
                        : exchange.getMessage().getHeader(name, String.class));
    }

    /**
     * The first value of the query parameter, percent-decoded as UTF-8 ({@code +} a blank, as forms send it), from
     * the request's query itself, not from a header of the same name; null when the query has none. A broken escape
     * never gets here: the HTTP server refuses it first.
     */
    private static String queryParameter(Exchange exchange, String name) {
        String query = exchange.getMessage().getHeader(Exchange.HTTP_QUERY, String.class);
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /**
     * The body, checked against the contract of the route's operation and the request rules, with the path
     * parameters and headers, as {@code type}.
     */
    private <T> T read(Exchange exchange, Function<JsonNode, List<Violation>> requestRules, Class<T> type) {
        JsonNode body = body(exchange);
        List<Violation> violations = parameterViolations(exchange);
        violations.addAll(contract.violations(ExchangeHelper.getRouteId(exchange), body));
        violations.addAll(requestRules.apply(body));
        violations.addAll(headerViolations(exchange));
        reject(violations);
        keepForTheWrite(exchange, body);
        return convert(body, type);
    }

    /** The headers a write takes: the API client and the Idempotency-Key (1 to 255 visible ASCII characters). */
    private static List<Violation> headerViolations(Exchange exchange) {
        List<Violation> violations = new ArrayList<>();
        if (!ApiClient.isValid(exchange.getMessage().getHeader(ApiClient.HEADER, String.class))) {
            violations.add(Violation.ofHeader(ApiClient.HEADER, "pattern",
                    "at most 100 letters, digits, dots, dashes or underscores"));
        }
        String key = exchange.getMessage().getHeader(IdempotencyKeys.HEADER, String.class);
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            violations.add(Violation.ofHeader(IdempotencyKeys.HEADER, "pattern",
                    "1 to 255 visible ASCII characters"));
        }
        return violations;
    }

    /**
     * What the write needs after the answer's headers replaced the request's: the client, the key, the document
     * number of a change, and the request's fingerprint (SHA-256 of its JSON with sorted members: the same content
     * sent again has the same fingerprint, whatever the order or spacing of its members).
     */
    private void keepForTheWrite(Exchange exchange, JsonNode body) {
        exchange.setProperty(ApiClient.HEADER, ApiClient.of(exchange));
        exchange.setProperty(IdempotencyKeys.HEADER, exchange.getMessage().getHeader(IdempotencyKeys.HEADER, String.class));
        String number = exchange.getMessage().getHeader("documentNumber", String.class);
        if (number != null) {
            exchange.setProperty(REQUEST_DOCUMENT_NUMBER, Alpha.toCrm(number));
        }
        try {
            byte[] canonical = CANONICAL.writeValueAsBytes(CANONICAL.treeToValue(body, Object.class));
            exchange.setProperty(DocumentWrites.FINGERPRINT,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("The request's fingerprint cannot be computed", e);
        }
    }

    /** Every violation at once: path parameters, the body in its order, headers. */
    private static void reject(List<Violation> violations) {
        if (!violations.isEmpty()) {
            violations.sort(Violation.ORDER);
            throw new InvalidRequest(violations);
        }
    }

    static DocumentKind kind(Exchange exchange) {
        // the routes set the name (setProperty constant: INQUIRY); valueOf, not Camel's type conversion, which
        // took about 3 % of a create's CPU
        Object kind = exchange.getProperty(DOCUMENT_KIND);
        if (kind == null || kind instanceof DocumentKind) {
            return (DocumentKind) kind;
        }
        return DocumentKind.valueOf(kind.toString());
    }

    private JsonNode body(Exchange exchange) {
        String contentType = exchange.getMessage().getHeader(Exchange.CONTENT_TYPE, String.class);
        String[] mediaType = contentType == null ? null : contentType.split(";");
        if (!isJson(mediaType)) {
            throw RequestNotAcceptable.notJson(contentType);
        }
        String charset = charset(mediaType);
        if (charset != null && !isUtf8(charset)) {
            throw RequestNotAcceptable.notUtf8(charset);
        }
        byte[] bytes = exchange.getMessage().getBody(byte[].class);
        if (bytes == null || bytes.length == 0) {
            throw InvalidRequest.of("", "json", "the body is empty; a JSON object is expected");
        }
        if (bytes.length > maxBodySize) {
            throw RequestNotAcceptable.tooLarge(maxBodySize, "api.max-body-size");
        }
        return parse(bytes);
    }

    /** One JSON value, each member name once in its object; otherwise 400 saying where it broke. */
    private JsonNode parse(byte[] bytes) {
        JsonNode body;
        try {
            body = mapper.readTree(bytes);
        } catch (MismatchedInputException e) {
            // the mapper reads one value (FAIL_ON_TRAILING_TOKENS): {...} xyz, or two objects in a row
            throw InvalidRequest.of("", "json", "the body goes on after its JSON object" + position(e)
                    + "; one JSON object is expected");
        } catch (StreamReadException e) {
            if (isDuplicateName(e)) {
                JsonStreamContext object = e.getProcessor().getParsingContext();
                throw InvalidRequest.of(object.pathAsPointer().toString(), "duplicateKey", "the member \""
                        + object.getCurrentName() + "\" is given twice in one object" + position(e)
                        + "; each name once");
            }
            throw InvalidRequest.of("", "json", "the body is not well-formed JSON: " + e.getOriginalMessage()
                    + position(e));
        } catch (IOException e) {
            throw InvalidRequest.of("", "json", "the body cannot be read");
        }
        if (body.isMissingNode()) {
            throw InvalidRequest.of("", "json", "the body is only white space; a JSON object is expected");
        }
        return body;
    }

    /**
     * Whether the parser refused a member name it had seen in the same object (STRICT_DUPLICATE_DETECTION); JSON
     * leaves duplicate names to the reader, and taking the last one would hide what the CRM sent.
     */
    private static boolean isDuplicateName(StreamReadException e) {
        return e.getProcessor() != null && e.getOriginalMessage().startsWith("Duplicate field ");
    }

    private static String position(JsonProcessingException e) {
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    /** Whether the Content-Type (split at its semicolons) is application/json, whatever its parameters. */
    private static boolean isJson(String[] mediaType) {
        return mediaType != null && mediaType[0].strip().toLowerCase(Locale.ROOT).equals("application/json");
    }

    /**
     * The charset parameter of the Content-Type (split at its semicolons), without quotes, or null. JSON between
     * systems is UTF-8 (RFC 8259, 8.1): a body sent in another charset would be read wrongly or refused as malformed,
     * far from its cause.
     */
    private static String charset(String[] mediaType) {
        for (int i = 1; i < mediaType.length; i++) {
            String[] parameter = mediaType[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("charset")) {
                String value = parameter[1].strip();
                return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                        ? value.substring(1, value.length() - 1) : value;
            }
        }
        return null;
    }

    /** UTF-8 by any of its names (utf-8, UTF8, …). */
    private static boolean isUtf8(String charset) {
        if (charset.equalsIgnoreCase("utf-8")) {
            return true; // what nearly every client sends, without a look-up
        }
        try {
            return Charset.forName(charset).equals(StandardCharsets.UTF_8);
        } catch (IllegalArgumentException unknown) {
            return false;
        }
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
