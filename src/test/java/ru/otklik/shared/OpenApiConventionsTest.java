package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.RedirectConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import ru.otklik.testsupport.OpenApiExamples;
import ru.otklik.testsupport.OpenApiFuzzer;
import ru.otklik.testsupport.ResourceMethods;

/**
 * The conventions that make the OpenAPI document something partners' generators take unedited (README, "For
 * partners"), checked for every operation of every feature, so that a new one cannot leave them out.
 */
@QuarkusTest
class OpenApiConventionsTest {

    /** lowerCamelCase, verb first: {@code fileAppeal}, {@code listAppeals}, {@code getAppealHistory}. */
    private static final Pattern OPERATION_ID = Pattern.compile("^[a-z]+(?:[A-Z][a-z0-9]*)+$");
    /** The verbs operation ids start with; add one when a new operation needs it, never a noun. */
    static final Set<String> VERBS = Set.of("get", "list", "search", "find", "download", "file", "create", "open", "post",
            "attach", "replace", "update", "edit", "delete", "remove", "moderate", "take", "answer", "redirect", "extend",
            "withdraw", "rate", "reopen", "close", "publish", "react", "vote", "cast", "subscribe", "unsubscribe", "replay",
            "register", "stream", "sync", "support", "unsupport", "generate", "sign", "load", "resend", "ping", "rotate");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    private static JsonNode document() {
        return OpenApiFuzzer.parse(given().accept("application/json").get("/q/openapi?format=json").asString());
    }

    @Test
    void everyOperationHasAStableVerbFirstIdATagASummaryAndADescription() {
        JsonNode document = document();
        List<String> wrong = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        operations(document).forEach((name, operation) -> {
            String id = operation.path("operationId").asText("");
            String verb = id.split("(?=[A-Z])")[0];
            if (!OPERATION_ID.matcher(id).matches() || !VERBS.contains(verb)) {
                wrong.add(name + ": operationId '" + id + "' is not a lowerCamelCase name starting with a verb of " + VERBS);
            }
            String other = ids.put(id, name);
            if (other != null) {
                wrong.add(name + ": operationId '" + id + "' is also " + other);
            }
            if (operation.path("tags").size() != 1) {
                wrong.add(name + ": one tag, not " + operation.path("tags"));
            }
            if (operation.path("summary").asText("").isBlank() || operation.path("description").asText("").isBlank()) {
                wrong.add(name + ": a summary and a description");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void theJavaMethodsOfOneOperationDeclareTheSameOperationId() {
        // JSON and CSV (or text) of one GET are two Java methods but one operation: the document keeps one of their ids
        Map<String, Set<String>> idsByOperation = ResourceMethods.operationIds();
        List<String> wrong = new ArrayList<>();
        idsByOperation.forEach((operation, ids) -> {
            if (ids.size() != 1 || ids.contains("")) {
                wrong.add(operation + " declares " + (ids.contains("") ? "no @Operation(operationId)" : "several ids " + ids));
            }
        });
        assertFalse(idsByOperation.isEmpty());
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyTagUsedIsDeclaredOnceWithADescription() {
        JsonNode document = document();
        Map<String, String> declared = new LinkedHashMap<>();
        document.path("tags").forEach(tag -> declared.merge(tag.path("name").asText(), tag.path("description").asText(""),
                (a, b) -> "declared twice"));
        Set<String> wrong = new TreeSet<>();
        operations(document).values().forEach(operation -> operation.path("tags").forEach(tag -> {
            String description = declared.get(tag.asText());
            if (description == null || description.isBlank() || "declared twice".equals(description)) {
                wrong.add(tag.asText() + ": " + (description == null ? "not declared" : description.isBlank() ? "no description" : description));
            }
        }));
        assertEquals(Set.of(), wrong);
    }

    @Test
    void everyOperationSaysWhetherItNeedsATokenAndEveryErrorIsAProblem() {
        JsonNode document = document();
        List<String> wrong = new ArrayList<>();
        operations(document).forEach((name, operation) -> {
            JsonNode security = operation.path("security");
            if (!security.isArray() || security.isEmpty()) {
                wrong.add(name + ": no security requirement, so a generator cannot tell whether it needs a token");
            }
            operation.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                    JsonNode content = response.getValue().path("content");
                    if (content.size() != 1 || !"#/components/schemas/Problem".equals(
                            content.path("application/problem+json").path("schema").path("$ref").asText())) {
                        wrong.add(name + " " + response.getKey() + ": not an application/problem+json Problem");
                    }
                }
            });
        });
        assertFalse(document.path("servers").isEmpty(), "servers");
        assertEquals(List.of(), wrong);
    }

    @Test
    void patternsMatchWholeValuesAndEveryValueHasAType() {
        List<String> wrong = new ArrayList<>();
        walk(document(), "", (path, node) -> {
            if (node.has("pattern") && node.get("pattern").isTextual()) {
                String pattern = node.get("pattern").asText();
                if (!pattern.startsWith("^") || !pattern.endsWith("$")) {
                    wrong.add(path + ": pattern " + pattern + " is not anchored, Bean Validation matches the whole value");
                }
            }
            if (node.has("enum") && !node.has("type") && !node.has("$ref")) {
                wrong.add(path + ": an enum without a type");
            }
            if (path.matches(".*/parameters/\\d+") && !node.path("schema").has("type") && !node.path("schema").has("$ref")) {
                wrong.add(path + ": parameter " + node.path("name").asText() + " without a type");
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void schemasAreNamedForClientsAndRequireOnlyWhatTheyHave() {
        List<String> wrong = new ArrayList<>();
        document().path("components").path("schemas").fields().forEachRemaining(schema -> {
            // smallrye numbers the second of two schemas with one simple name (Decision, Decision1): name them apart
            if (!schema.getKey().matches("^[A-Z][A-Za-z0-9]*[A-Za-z]$")) {
                wrong.add(schema.getKey() + ": not a class name, or a clash of two schemas of one name");
            }
            schema.getValue().path("required").forEach(required -> {
                if (!schema.getValue().path("properties").has(required.asText())) {
                    wrong.add(schema.getKey() + ": requires " + required.asText() + ", which it does not have");
                }
            });
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyExampleFitsItsSchema() {
        JsonNode document = document();
        List<String> wrong = OpenApiExamples.misfits(document);
        assertEquals(List.of(), wrong);
        assertFalse(OpenApiExamples.count(document) < 100, "the document's examples were not found");
    }

    @Test
    void everyBodyHasAnExampleThatFitsIt() {
        JsonNode document = document();
        assertEquals(List.of(), OpenApiExamples.bodiesWithoutExamples(document));
    }

    @Test
    void anOperationOpenToAnyoneNeverAsksAnAnonymousCallerForATokenAndTheOthersAlwaysDo() {
        JsonNode document = document();
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, 9L, Map.of());
        List<String> wrong = new ArrayList<>();
        for (OpenApiFuzzer.Operation operation : fuzzer.operations()) {
            OpenApiFuzzer.Request request = fuzzer.request(operation, false);
            int anonymous = send(request, null).statusCode();
            if (operation.allowsAnonymous() && anonymous == 401) {
                wrong.add(operation.name() + " is open to anyone, but answered an anonymous caller 401");
            }
            if (!operation.allowsAnonymous() && anonymous != 401) {
                wrong.add(operation.name() + " requires a token, but answered an anonymous caller " + anonymous);
            }
            if (operation.allowsAnonymous() && send(request, "not-a-token").statusCode() != 401) {
                wrong.add(operation.name() + " declares 401 for a bad token, but took one");
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Response send(OpenApiFuzzer.Request request, String token) {
        RequestSpecification http = given().config(io.restassured.RestAssured.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false)));
        if (token != null) {
            http.auth().oauth2(token);
        }
        request.query().forEach((name, values) -> values.forEach(value -> http.queryParam(name, value)));
        request.headers().forEach(http::header);
        if ("application/json".equals(request.contentType())) {
            http.contentType("application/json").body(request.body());
        } else if ("multipart/form-data".equals(request.contentType())) {
            http.multiPart("file", "photo.png", new byte[] { (byte) 0x89, 'P', 'N', 'G' }, "image/png");
        } else if (request.contentType() != null) {
            http.contentType(request.contentType()).body(String.valueOf(request.body()));
        }
        return http.request(request.method().toUpperCase(), request.path());
    }

    /** Every operation by "METHOD path". */
    static Map<String, JsonNode> operations(JsonNode document) {
        Map<String, JsonNode> operations = new LinkedHashMap<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                operations.put(method.getKey().toUpperCase() + " " + path.getKey(), method.getValue());
            }
        }));
        return operations;
    }

    interface Visitor {
        void visit(String path, JsonNode node);
    }

    static void walk(JsonNode node, String path, Visitor visitor) {
        if (node.isObject()) {
            visitor.visit(path, node);
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!"example".equals(field.getKey()) && !"examples".equals(field.getKey())) {
                    walk(field.getValue(), path + "/" + field.getKey(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
