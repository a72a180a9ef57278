package ru.otklik.testsupport;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * A schema of the API's OpenAPI 3.1 document as JSON Schema 2020-12, with formats asserted and its {@code $ref}s to
 * {@code #/components/schemas/…} resolved against the document.
 */
public final class SchemaValidator {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaValidator() {
    }

    public static JsonSchema of(JsonNode document, JsonNode schema) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.set("components", document.get("components"));
        if (schema.isObject()) {
            root.setAll((ObjectNode) schema.deepCopy());
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root, config);
    }

    /** What is wrong with the value, or nothing. */
    public static Set<ValidationMessage> validate(JsonNode document, JsonNode schema, JsonNode value) {
        return of(document, schema).validate(value);
    }
}
