package org.presalesbridge.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OpenAPI document that is the API's contract ({@value #LOCATION}): the adapter serves it and validates
 * every request body against the schema its operation names, and every path and query parameter against its own
 * schema, before anything else happens.
 */
public final class Contract {

    public static final String LOCATION = "openapi/presales-bridge.json";

    private final byte[] document;
    private final Map<String, JsonSchema> requestSchemas;
    /** Each operation's path and query parameters, by operationId and parameter name. */
    private final Map<String, Map<String, Parameter>> parameters;
    private final List<Operation> operations;

    public Contract(ObjectMapper mapper) {
        this(mapper, read());
    }

    private Contract(ObjectMapper mapper, byte[] document) {
        this.document = document;
        JsonNode root;
        try {
            root = mapper.readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + LOCATION + " is not JSON", e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .build();
        // the schemas are read from this document, the one served, not again from the class path
        String text = new String(document, StandardCharsets.UTF_8);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of("classpath:" + LOCATION, text))));
        this.requestSchemas = requestSchemas(root, factory, config);
        this.parameters = parameters(root, factory, config);
        this.operations = operations(root);
    }

    /**
     * The contract for SAP's material number length ({@code material.length} of the mapping tables): its
     * {@code Material} schema, served and checked, allows that many characters (40 on S/4HANA). This contract when
     * the length is its own.
     */
    public Contract withMaterialLength(int length, ObjectMapper mapper) {
        return withMaxLength(mapper, length, "\\(MATNR, [0-9]+\\)", "(MATNR, " + length + ")",
                root -> List.of(root.path("components").path("schemas").path("Material")));
    }

    /**
     * The contract for the length of the customer purchase order number that keeps the CRM's externalId in SAP
     * ({@code external-id.length} of the mapping tables: PURCH_NO_C and VBAK-BSTNK, 35 on S/4HANA): every
     * {@code externalId} a request sends allows that many characters. This contract when the length is its own.
     */
    public Contract withExternalIdLength(int length, ObjectMapper mapper) {
        return withMaxLength(mapper, length, "VBAK-BSTNK, [0-9]+\\)", "VBAK-BSTNK, " + length + ")", root -> {
            List<JsonNode> externalIds = new ArrayList<>();
            root.path("components").path("schemas").forEach(schema -> {
                JsonNode externalId = schema.path("properties").path("externalId");
                if (externalId.has("maxLength")) {
                    externalIds.add(externalId);
                }
            });
            return externalIds;
        });
    }

    /**
     * This contract with {@code maxLength} of the schemas {@code schemas} finds set to {@code length}, and the
     * length in their descriptions ({@code described}) replaced; this contract itself when every one has it.
     */
    private Contract withMaxLength(ObjectMapper mapper, int length, String described, String description,
                                   Function<JsonNode, List<JsonNode>> schemas) {
        try {
            ObjectNode root = (ObjectNode) mapper.readTree(document);
            List<JsonNode> found = schemas.apply(root);
            if (found.stream().allMatch(schema -> schema.path("maxLength").asInt() == length)) {
                return this;
            }
            for (JsonNode schema : found) {
                ObjectNode node = (ObjectNode) schema;
                node.put("maxLength", length);
                node.put("description", node.path("description").asText().replaceFirst(described, description));
            }
            return new Contract(mapper, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException("The contract " + LOCATION + " is not JSON", e);
        }
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
        violations.addAll(tooLongAsSapCounts(schema, body, violations));
        return violations;
    }

    /**
     * The values within their {@code maxLength} as JSON Schema counts (characters) but over it as SAP counts (UTF-16
     * units, see {@link SapLengths}); {@code found} are the violations found already.
     */
    private static List<Violation> tooLongAsSapCounts(JsonSchema schema, JsonNode body, List<Violation> found) {
        JsonNode inSapUnits = SapLengths.inUtf16Units(body);
        if (inSapUnits == body) {
            return List.of();
        }
        List<Violation> tooLong = new ArrayList<>();
        for (ValidationMessage message : schema.validate(inSapUnits)) {
            Violation violation = violation(message);
            if ("maxLength".equals(violation.rule()) && found.stream().noneMatch(v ->
                    violation.pointer().equals(v.pointer()) && "maxLength".equals(v.rule()))) {
                tooLong.add(new Violation(violation.pointer(), "maxLength", violation.message()
                        + " as SAP counts them: a character outside the Basic Multilingual Plane (an emoji, say) "
                        + "takes two of the SAP field's places"));
            }
        }
        return tooLong;
    }

    /** A path or query parameter of an operation: where it is, whether it must be there, its schema. */
    public record Parameter(String in, boolean required, JsonSchema schema) {

        public boolean inQuery() {
            return "query".equals(in);
        }
    }

    /**
     * Every violation of the operation's path and query parameters, each named in the violation's {@code parameter};
     * {@code values} gives a parameter's value as the request has it (null: not given).
     */
    public List<Violation> parameterViolations(String operationId, BiFunction<Parameter, String, String> values) {
        List<Violation> violations = new ArrayList<>();
        parameters.getOrDefault(operationId, Map.of()).forEach((name, parameter) -> {
            String value = values.apply(parameter, name);
            if (value == null) {
                if (parameter.required()) {
                    violations.add(Violation.ofParameter(name, "required", "the " + parameter.in()
                            + " parameter " + name + " is required"));
                }
                return;
            }
            for (ValidationMessage message : parameter.schema().validate(TextNode.valueOf(value))) {
                violations.add(Violation.ofParameter(name, message.getType(), text(message)));
            }
        });
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
            pointer = JsonPointer.compile(pointer).appendProperty(message.getProperty()).toString();
        }
        return new Violation(pointer, "additionalProperties".equals(rule) ? "unknownField" : rule, text(message));
    }

    /** The library starts its messages with the location, which the violation says in a member of its own. */
    private static String text(ValidationMessage message) {
        String text = message.getMessage();
        int colon = text.indexOf(": ");
        if (colon >= 0 && (colon == 0 || text.startsWith("/") || text.startsWith("$"))) {
            text = text.substring(colon + 2);
        }
        return text;
    }

    private static Map<String, JsonSchema> requestSchemas(JsonNode root, JsonSchemaFactory factory,
                                                          SchemaValidatorsConfig config) {
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

    /**
     * The path and query parameters of each operation: the path's own parameters and the operation's, a parameter
     * given by {@code $ref} (#/components/parameters/DocumentNumber) or in place.
     */
    private static Map<String, Map<String, Parameter>> parameters(JsonNode root, JsonSchemaFactory factory,
                                                                  SchemaValidatorsConfig config) {
        Map<String, Map<String, Parameter>> schemas = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            String pathLocation = "#" + JsonPointer.empty().appendProperty("paths").appendProperty(path.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                String operationId = method.getValue().path("operationId").asText("");
                if (operationId.isEmpty()) {
                    continue;
                }
                Map<String, Parameter> parameters = new LinkedHashMap<>();
                addParameters(root, path.getValue(), pathLocation, parameters, factory, config);
                addParameters(root, method.getValue(), pathLocation + "/" + method.getKey(), parameters,
                        factory, config);
                schemas.put(operationId, parameters);
            }
        }
        return schemas;
    }

    private static void addParameters(JsonNode root, JsonNode owner, String ownerLocation,
                                      Map<String, Parameter> parameters, JsonSchemaFactory factory,
                                      SchemaValidatorsConfig config) {
        JsonNode list = owner.path("parameters");
        for (int i = 0; i < list.size(); i++) {
            String location = list.get(i).path("$ref").asText(ownerLocation + "/parameters/" + i);
            JsonNode parameter = root.at(location.substring(1));
            String in = parameter.path("in").asText();
            if ((in.equals("path") || in.equals("query")) && parameter.has("schema")) {
                JsonSchema schema = factory.getSchema(SchemaLocation.of("classpath:" + LOCATION + location + "/schema"),
                        config);
                schema.initializeValidators();
                parameters.put(parameter.path("name").asText(),
                        new Parameter(in, parameter.path("required").asBoolean(false), schema));
            }
        }
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
