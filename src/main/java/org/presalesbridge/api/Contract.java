package org.presalesbridge.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OpenAPI document that is the API's contract ({@value #LOCATION}): the adapter serves it and validates
 * every request body against the schema its operation names, before anything else happens.
 */
public final class Contract {

    public static final String LOCATION = "openapi/presales-bridge.json";

    private final byte[] document;
    private final Map<String, JsonSchema> requestSchemas;
    private final List<Operation> operations;

    public Contract(ObjectMapper mapper) {
        this.document = read();
        JsonNode root;
        try {
            root = mapper.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + LOCATION + " is not JSON", e);
        }
        this.requestSchemas = requestSchemas(root);
        this.operations = operations(root);
    }

    /**
     * One operation of the contract: its HTTP method (upper case), its path with the server's base path
     * ({@code /api/v1/inquiries/{documentNumber}}) and its operationId.
     */
    public record Operation(String method, String path, String operationId) {
    }

    /** Every operation the contract has, in the order it lists them. */
    public List<Operation> operations() {
        return operations;
    }

    /** The contract as served at {@code GET /api/v1/openapi.json}. */
    public byte[] document() {
        return document.clone();
    }

    /** Every violation of the operation's request body schema; empty when the body is valid. */
    public List<Violation> violations(String operationId, JsonNode body) {
        JsonSchema schema = requestSchemas.get(operationId);
        if (schema == null) {
            throw new IllegalArgumentException("The contract has no request body for operation " + operationId);
        }
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage message : schema.validate(body)) {
            violations.add(violation(message));
        }
        return violations;
    }

    public Optional<JsonSchema> requestSchema(String operationId) {
        return Optional.ofNullable(requestSchemas.get(operationId));
    }

    private static Violation violation(ValidationMessage message) {
        // RFC 6901: "" is the body itself; a member's name is escaped (~ as ~0, / as ~1)
        String pointer = message.getInstanceLocation().toString();
        String rule = message.getType();
        if (("required".equals(rule) || "additionalProperties".equals(rule)) && message.getProperty() != null) {
            pointer = pointer + "/" + message.getProperty().replace("~", "~0").replace("/", "~1");
        }
        // the library starts its messages with the location, which the pointer already says
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        if (colon >= 0 && (colon == 0 || text.startsWith("/") || text.startsWith("$"))) {
            text = text.substring(colon + 2);
        }
        return new Violation(pointer, "additionalProperties".equals(rule) ? "unknownField" : rule, text);
    }

    private static Map<String, JsonSchema> requestSchemas(JsonNode root) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        Map<String, JsonSchema> schemas = new HashMap<>();
        for (Iterator<JsonNode> paths = root.path("paths").elements(); paths.hasNext(); ) {
            for (Iterator<JsonNode> operations = paths.next().elements(); operations.hasNext(); ) {
                JsonNode operation = operations.next();
                String ref = operation.path("requestBody").path("content").path("application/json").path("schema")
                        .path("$ref").asText("");
                if (!ref.isEmpty()) {
                    JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + LOCATION + ref), config);
                    schema.initializeValidators();
                    schemas.put(operation.path("operationId").asText(), schema);
                }
            }
        }
        return schemas;
    }

    private static List<Operation> operations(JsonNode root) {
        String base = root.path("servers").path(0).path("url").asText("");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String operationId = method.getValue().path("operationId").asText("");
                if (!operationId.isEmpty()) {
                    operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), base + path.getKey(),
                            operationId));
                }
            }
        }
        return List.copyOf(operations);
    }

    private static byte[] read() {
        try (InputStream in = Contract.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(LOCATION + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
