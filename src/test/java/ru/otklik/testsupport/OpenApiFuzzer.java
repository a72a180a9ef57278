package ru.otklik.testsupport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests made from the API's own OpenAPI document: for each operation, values that fit each parameter and body
 * schema, and values that break it in the ways clients and attackers do (a wrong type, a missing required field, an
 * unknown one, null, huge or hostile strings, extreme numbers, a body that is not JSON at all). Seeded: a failure is
 * reproduced by its seed.
 */
public final class OpenApiFuzzer {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> HOSTILE_STRINGS = List.of("", " ", "яма", "'; drop table appeal; --", "<script>x</script>",
            "%00", "\u0000", "\u202e\u202d", "😀", "a".repeat(300), "../../etc/passwd", "${jndi:ldap://x}", "1e309",
            "-1", "null", "true", "\t\n");
    private static final List<Object> HOSTILE_NUMBERS = List.of(0, -1, Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE,
            new java.math.BigInteger("99999999999999999999999"), 1e308, -0.5, 3.5);

    /** One operation of the document. */
    public record Operation(String method, String path, JsonNode spec) {

        public String name() {
            return method.toUpperCase() + " " + path;
        }

        public boolean secured() {
            JsonNode security = spec.get("security");
            return security != null && security.isArray() && !security.isEmpty() && !security.get(0).isEmpty();
        }

        /** No security requirement, or an empty one among the alternatives: anyone may call it. */
        public boolean allowsAnonymous() {
            JsonNode security = spec.get("security");
            if (security == null || !security.isArray() || security.isEmpty()) {
                return true;
            }
            for (JsonNode requirement : security) {
                if (requirement.isEmpty()) {
                    return true;
                }
            }
            return false;
        }

        public List<String> declaredStatuses() {
            List<String> statuses = new ArrayList<>();
            spec.path("responses").fieldNames().forEachRemaining(statuses::add);
            return statuses;
        }
    }

    /** A request to send: path with its parameters filled in, query, headers, and a body with its media type. */
    public record Request(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
            String contentType, Object body, String description) {
    }

    private final JsonNode document;
    private final Random random;
    private final Map<String, List<Object>> knownIds;

    /**
     * @param knownIds values to use for path parameters by name ({@code id}, {@code attachmentId}), besides random ones:
     *        ids of things that exist, so that requests get past "not found"
     */
    public OpenApiFuzzer(JsonNode document, long seed, Map<String, List<Object>> knownIds) {
        this.document = document;
        this.random = new Random(seed);
        this.knownIds = knownIds;
    }

    public List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
            }
        }));
        return operations;
    }

    /** A request for the operation; {@code hostile} decides whether anything in it is broken on purpose. */
    public Request request(Operation operation, boolean hostile) {
        StringBuilder description = new StringBuilder();
        String path = operation.path();
        Map<String, List<String>> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (JsonNode parameter : parameters(operation)) {
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            boolean breakIt = hostile && random.nextInt(3) == 0;
            switch (in) {
                case "path" -> {
                    String value = breakIt ? hostileScalar() : pathValue(name, schema);
                    if (value.isBlank()) {
                        value = "0"; // an empty segment is another route's address, not this operation's
                    }
                    path = path.replace("{" + name + "}", java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                    description.append(name).append('=').append(value).append(' ');
                }
                case "query" -> {
                    if (parameter.path("required").asBoolean() || random.nextBoolean()) {
                        List<String> values = new ArrayList<>();
                        if ("array".equals(type(schema))) {
                            int count = 1 + random.nextInt(3);
                            for (int i = 0; i < count; i++) {
                                values.add(breakIt ? hostileScalar() : scalarText(resolve(schema.path("items"))));
                            }
                        } else {
                            values.add(breakIt ? hostileScalar() : scalarText(schema));
                        }
                        query.put(name, values);
                        description.append('?').append(name).append('=').append(values).append(' ');
                    }
                }
                case "header" -> {
                    if (random.nextBoolean()) {
                        String value = breakIt ? hostileHeader() : headerValue(name);
                        headers.put(name, value);
                        description.append(name).append(": ").append(value).append(' ');
                    }
                }
                default -> {
                }
            }
        }
        JsonNode content = operation.spec().path("requestBody").path("content");
        String contentType = null;
        Object body = null;
        if (content.has("application/json")) {
            contentType = "application/json";
            JsonNode schema = content.path("application/json").path("schema");
            body = hostile && random.nextInt(2) == 0 ? brokenJson(schema, description) : value(schema, 0).toString();
        } else if (content.has("multipart/form-data")) {
            contentType = "multipart/form-data";
            body = hostile && random.nextBoolean() ? "junk" : "file";
        } else if (content.has("application/xml") || content.has("text/xml")) {
            contentType = content.has("application/xml") ? "application/xml" : "text/xml";
            body = hostile ? HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size())) : "<x/>";
        } else if (content.has("application/x-www-form-urlencoded")) {
            contentType = "application/x-www-form-urlencoded";
            body = hostile ? "a=%zz&&=" : "";
        }
        return new Request(operation.method(), path, query, headers, contentType, body, description.toString().strip());
    }

    private List<JsonNode> parameters(Operation operation) {
        List<JsonNode> parameters = new ArrayList<>();
        operation.spec().path("parameters").forEach(parameter -> parameters.add(resolve(parameter)));
        return parameters;
    }

    private String pathValue(String name, JsonNode schema) {
        List<Object> known = knownIds.getOrDefault(name, List.of());
        if (!known.isEmpty() && random.nextInt(4) != 0) {
            return String.valueOf(known.get(random.nextInt(known.size())));
        }
        return scalarText(schema);
    }

    private String headerValue(String name) {
        return switch (name.toLowerCase()) {
            case "idempotency-key" -> java.util.UUID.randomUUID().toString();
            case "if-match" -> "\"" + random.nextInt(3) + "\"";
            case "last-event-id" -> Integer.toString(random.nextInt(1000));
            default -> "x";
        };
    }

    private String hostileHeader() {
        List<String> values = List.of("", "a b c", "\"not a version\"", "W/\"x\"", "9".repeat(40), "é", "*",
                "x".repeat(250));
        return values.get(random.nextInt(values.size()));
    }

    private String hostileScalar() {
        if (random.nextBoolean()) {
            return HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size()));
        }
        return String.valueOf(HOSTILE_NUMBERS.get(random.nextInt(HOSTILE_NUMBERS.size())));
    }

    private String scalarText(JsonNode schema) {
        JsonNode value = value(schema, 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** A value that fits the schema, as far as a generator without a regex engine can tell. */
    public JsonNode value(JsonNode schemaOrRef, int depth) {
        JsonNode schema = resolve(schemaOrRef);
        JsonNode examples = schema.path("examples");
        if (examples.isArray() && !examples.isEmpty() && random.nextBoolean()) {
            return examples.get(random.nextInt(examples.size()));
        }
        if (schema.has("example") && random.nextBoolean()) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            JsonNode values = schema.get("enum");
            return values.get(random.nextInt(values.size()));
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            if (schema.has(combinator)) {
                JsonNode options = schema.get(combinator);
                return value(options.get(random.nextInt(options.size())), depth);
            }
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                int count = depth > 3 ? 0 : schema.path("minItems").asInt(0) + random.nextInt(2);
                for (int i = 0; i < count; i++) {
                    array.add(value(schema.path("items"), depth + 1));
                }
                yield array;
            }
            case "integer" -> {
                long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 1000);
                yield JSON.numberNode(min + (long) (random.nextDouble() * (max - min + 1)));
            }
            case "number" -> JSON.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() + random.nextDouble() : random.nextDouble() * 100);
            case "boolean" -> JSON.booleanNode(random.nextBoolean());
            case "string" -> JSON.textNode(string(schema));
            default -> JSON.nullNode();
        };
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (required.contains(property.getKey()) || depth < 3 && random.nextInt(3) != 0) {
                object.set(property.getKey(), value(property.getValue(), depth + 1));
            }
        }
        return object;
    }

    private String string(JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Math.max(min, 40));
        String value = switch (format) {
            case "date" -> java.time.LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)).toString();
            case "date-time" -> java.time.Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextInt(30_000_000)).toString();
            case "uuid" -> java.util.UUID.randomUUID().toString();
            case "uri", "url" -> "https://example.org/" + random.nextInt(100);
            case "email" -> "user" + random.nextInt(100) + "@example.org";
            default -> pattern.contains("[0-9]{8}") ? "25701000001"
                    : pattern.contains("[0-9]") && !pattern.contains("[a-z") ? Long.toString(Math.abs(random.nextLong())).substring(0, 5)
                    : words(min, max);
        };
        return value;
    }

    private String words(int min, int max) {
        String[] words = { "яма", "дорога", "двор", "свет", "мусор", "школа", "парк", "road", "test" };
        StringBuilder text = new StringBuilder();
        while (text.length() < Math.max(min, 3)) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        String value = text.toString().strip();
        return value.length() > max ? value.substring(0, max) : value;
    }

    /** A body broken in one of the ways that reach APIs. */
    private String brokenJson(JsonNode schema, StringBuilder description) {
        JsonNode valid = value(schema, 0);
        int way = random.nextInt(10);
        description.append("body#").append(way).append(' ');
        if (valid instanceof ObjectNode object && way < 6 && object.size() > 0) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            String field = names.get(random.nextInt(names.size()));
            switch (way) {
                case 0 -> object.remove(field);
                case 1 -> object.set(field, JSON.textNode(HOSTILE_STRINGS.get(random.nextInt(HOSTILE_STRINGS.size()))));
                case 2 -> object.set(field, JSON.numberNode((Long) Long.MAX_VALUE));
                case 3 -> object.set(field, JSON.nullNode());
                case 4 -> object.set(field, JSON.objectNode().set("nested", JSON.arrayNode().add(1)));
                default -> object.set(field, JSON.textNode("x".repeat(20_000)));
            }
            return object.toString();
        }
        return switch (way) {
            case 6 -> "[]";
            case 7 -> "{\"unknown\": true}";
            case 8 -> "{\"truncated\": ";
            default -> "42";
        };
    }

    public JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current != null && current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current == null ? JSON.objectNode() : current;
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : "string";
    }

    public static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
