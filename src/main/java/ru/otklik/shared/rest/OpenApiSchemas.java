package ru.otklik.shared.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Schemas of the OpenAPI document as the API's validation applies them, whatever feature they come from:
 * <ul>
 * <li>a pattern matches the whole value, as Bean Validation's {@code @Pattern} does ({@code Matcher.matches()}),
 * while a JSON Schema pattern matches anywhere: every pattern is anchored {@code ^…$}. smallrye writes
 * {@code @NotBlank} as the search pattern {@code \S}; anchored it is "some non-space character anywhere";
 * <li>an enumeration of strings has the type string (a {@code @Schema(enumeration)} on a query parameter has none),
 * and a reference has none of its own beside it;
 * <li>a property not listed as required may be absent or null (Jackson writes absent values as null): its type says
 * so. Records list the properties they always fill ({@code @Schema(requiredProperties = …)}) as required.
 * </ul>
 */
final class OpenApiSchemas {

    /** What smallrye makes of {@code @NotBlank}. */
    private static final String NOT_BLANK = "\\S";
    private static final String NOT_BLANK_ANCHORED = "^\\s*\\S[\\s\\S]*$";

    private OpenApiSchemas() {
    }

    /** A schema of {@code components}: the rules, and nullable optional properties. */
    static void truthful(Schema schema) {
        each(schema, OpenApiSchemas::validated);
        optionalMayBeNull(schema);
    }

    /** The schemas an operation declares inline: its parameters', its body's, its responses'. */
    static void truthful(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().map(Parameter::getSchema).forEach(schema -> each(schema, OpenApiSchemas::validated));
        }
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent());
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().values().forEach(response -> content(response.getContent()));
        }
    }

    private static void content(Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> each(media.getSchema(), OpenApiSchemas::validated));
        }
    }

    private static void validated(Schema schema) {
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
        }
        if (schema.getRef() != null && schema.getType() != null) {
            // what a $ref names is typed where it is defined; smallrye's copy beside it makes generators warn
            schema.setType(null);
        }
        if (schema.getEnumeration() != null && schema.getType() == null && schema.getRef() == null
                && schema.getEnumeration().stream().allMatch(String.class::isInstance)) {
            schema.addType(Schema.SchemaType.STRING);
        }
    }

    /** The pattern as a whole-value match: {@code ^(?:p)$}, without the group when it has no top-level alternative. */
    static String anchored(String pattern) {
        if (NOT_BLANK.equals(pattern)) {
            return NOT_BLANK_ANCHORED;
        }
        String body = pattern.startsWith("^") ? pattern.substring(1) : pattern;
        if (body.endsWith("$") && !body.endsWith("\\$")) {
            body = body.substring(0, body.length() - 1);
        }
        return hasTopLevelAlternative(body) ? "^(?:" + body + ")$" : "^" + body + "$";
    }

    private static boolean hasTopLevelAlternative(String pattern) {
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** The schema and every schema nested in it (not those it refers to: they are components of their own). */
    private static void each(Schema schema, Consumer<Schema> rule) {
        if (schema == null) {
            return;
        }
        rule.accept(schema);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> each(property, rule));
        }
        each(schema.getItems(), rule);
        each(schema.getNot(), rule);
        each(schema.getAdditionalPropertiesSchema(), rule);
        Stream.of(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf()).filter(Objects::nonNull).flatMap(List::stream)
                .forEach(alternative -> each(alternative, rule));
    }

    /** A property not listed as required may be absent or null: say so in the type. */
    private static void optionalMayBeNull(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
        properties.forEach((name, property) -> {
            if (required.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                Schema nullable = OASFactory.createSchema()
                        .anyOf(List.of(OASFactory.createSchema().ref(property.getRef()),
                                OASFactory.createSchema().addType(Schema.SchemaType.NULL)))
                        .description(property.getDescription())
                        .examples(property.getExamples());
                schema.addProperty(name, nullable);
            } else if (property.getType() != null && !property.getType().contains(Schema.SchemaType.NULL)) {
                property.addType(Schema.SchemaType.NULL);
            }
        });
    }
}
