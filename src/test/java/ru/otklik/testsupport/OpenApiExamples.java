package ru.otklik.testsupport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;

/**
 * The examples of the API's OpenAPI document: each must fit the schema it illustrates, and every body must have them,
 * so that a reader of the generated documentation (and of the generated clients' docs) sees real values.
 */
public final class OpenApiExamples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> SCHEMA_WORDS = Set.of("type", "$ref", "properties", "items", "anyOf", "oneOf", "allOf",
            "enum", "format", "pattern");

    private OpenApiExamples() {
    }

    /** Every {@code example} and {@code examples} that does not validate against its schema, where it is. */
    public static List<String> misfits(JsonNode document) {
        List<String> wrong = new ArrayList<>();
        visit(document, document, "", (path, example, schema) -> {
            Set<ValidationMessage> errors = SchemaValidator.validate(document, schema, example);
            if (!errors.isEmpty()) {
                wrong.add(path + ": " + example + " " + errors.stream().limit(2).toList());
            }
        });
        return wrong;
    }

    public static int count(JsonNode document) {
        int[] count = { 0 };
        visit(document, document, "", (path, example, schema) -> count[0]++);
        return count[0];
    }

    /**
     * Request bodies and success bodies without examples: a body's own example, or one for every value in it that is
     * not self-explaining (an enum, a boolean, a file). The example composed of them must fit the body's schema.
     */
    public static List<String> bodiesWithoutExamples(JsonNode document) {
        List<String> wrong = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            String name = method.getKey().toUpperCase() + " " + path.getKey();
            method.getValue().path("requestBody").path("content").fields()
                    .forEachRemaining(media -> body(document, name + " request " + media.getKey(), media.getValue(), wrong));
            method.getValue().path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fields().forEachRemaining(media -> body(document,
                            name + " " + response.getKey() + " " + media.getKey(), media.getValue(), wrong));
                }
            });
        }));
        return wrong;
    }

    private static void body(JsonNode document, String where, JsonNode media, List<String> wrong) {
        if (media.has("example") || media.has("examples") || "binary".equals(media.path("schema").path("format").asText())) {
            return;
        }
        List<String> missing = new ArrayList<>();
        JsonNode composed = compose(document, media.path("schema"), where, missing, 0);
        wrong.addAll(missing);
        if (missing.isEmpty() && !where.contains(" multipart/")) {
            Set<ValidationMessage> errors = SchemaValidator.validate(document, media.path("schema"), composed);
            if (!errors.isEmpty()) {
                wrong.add(where + ": the example composed of its values does not fit: " + errors.stream().limit(3).toList());
            }
        }
    }

    /** A value made of the schema's examples; what has none and needs one is added to {@code missing}. */
    private static JsonNode compose(JsonNode document, JsonNode schema, String where, List<String> missing, int depth) {
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return compose(document, document.at(ref.substring(1)), where, missing, depth + 1);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("anyOf")) {
            for (JsonNode alternative : schema.get("anyOf")) {
                if (!"null".equals(alternative.path("type").asText())) {
                    return compose(document, alternative, where, missing, depth);
                }
            }
        }
        String type = type(schema);
        switch (type) {
            case "object" -> {
                ObjectNode object = JSON.objectNode();
                Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                while (properties.hasNext()) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    object.set(property.getKey(), compose(document, property.getValue(), where + "." + property.getKey(), missing, depth));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = JSON.arrayNode();
                // one level of a recursive list (the replies of a comment) is example enough
                return depth > 2 ? array : array.add(compose(document, schema.path("items"), where + "[]", missing, depth + 1));
            }
            case "boolean" -> {
                return JSON.booleanNode(true);
            }
            default -> {
                if (!"binary".equals(schema.path("format").asText())) {
                    missing.add(where + ": no example");
                }
                return JSON.textNode("");
            }
        }
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
        return type.isTextual() ? type.asText() : schema.has("properties") ? "object" : "";
    }

    private interface ExampleVisitor {
        void visit(String path, JsonNode example, JsonNode schema);
    }

    /** Schema examples (against their schema), and parameter and media type examples (against theirs). */
    private static void visit(JsonNode document, JsonNode node, String path, ExampleVisitor visitor) {
        if (node.isObject()) {
            boolean schemaLike = SCHEMA_WORDS.stream().anyMatch(node::has);
            if (node.has("schema") && node.has("example")) {
                visitor.visit(path + "/example", node.get("example"), node.get("schema"));
            } else if (schemaLike && node.has("example")) {
                visitor.visit(path + "/example", node.get("example"), node);
            }
            if (node.has("schema") && node.path("examples").isObject()) {
                node.get("examples").fields().forEachRemaining(example -> visitor.visit(path + "/examples/" + example.getKey(),
                        example.getValue().path("value"), node.get("schema")));
            } else if (schemaLike && node.path("examples").isArray()) {
                for (int i = 0; i < node.get("examples").size(); i++) {
                    visitor.visit(path + "/examples/" + i, node.get("examples").get(i), node);
                }
            }
            node.fields().forEachRemaining(field -> {
                if (!"example".equals(field.getKey()) && !"examples".equals(field.getKey())) {
                    visit(document, field.getValue(), path + "/" + field.getKey(), visitor);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                visit(document, node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
