package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RedirectConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.IsolatedDatabase;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.OpenApiFuzzer;
import ru.otklik.testsupport.SchemaValidator;
import ru.otklik.testsupport.Tokens;

/**
 * The API fuzzed from its own OpenAPI document, as every persona: each operation gets requests that fit its schemas
 * and requests broken on purpose. Whatever is sent, the answer is never a 5xx, every error is problem+json with its
 * status, every status is one the document declares for the operation, every JSON success matches its schema (so
 * the properties it calls required are always there and never null), and an operation open to anyone never asks an
 * anonymous caller for a token.
 * Seeded and bounded, so that it runs in CI in well under a minute and a failure can be replayed. It acts as an
 * administrator too, so it works on a database of its own.
 */
@QuarkusTest
@TestProfile(ApiFuzzTest.OwnDatabase.class)
class ApiFuzzTest {

    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(IsolatedDatabase.class));
        }
    }

    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final int REQUESTS_PER_OPERATION = Integer.getInteger("fuzz.requests", 16);
    private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0 };

    @Test
    void noInputOfAnyShapeGetsA5xxAndEveryAnswerIsTheOneTheDocumentPromises() throws Exception {
        JsonNode document = OpenApiFuzzer.parse(given().accept("application/json").get("/q/openapi?format=json").asString());
        String author = Tokens.trustedCitizen(Numbers.oid());
        long appeal = Appeals.filePothole(author);
        long attachment = given().auth().oauth2(author).multiPart("file", "photo.png", PNG, "image/png")
                .post("/api/v1/appeals/" + appeal + "/attachments").then().statusCode(201).extract().jsonPath().getLong("id");
        long cityHall = given().queryParam("q", "Администрация г. Иркутска").get("/api/v1/organisations")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        Map<String, List<Object>> knownIds = Map.of(
                "id", List.of(appeal, cityHall, Directory.categoryId("roads.potholes")),
                "attachmentId", List.of(attachment),
                "persona", List.of("trusted-citizen", "official", "nobody"));
        Map<String, String> personas = new LinkedHashMap<>();
        personas.put("anonymous", null);
        personas.put("citizen", Tokens.citizen(Numbers.oid()));
        personas.put("author", author);
        personas.put("official", Appeals.official());
        personas.put("org-admin", Tokens.orgAdmin(Numbers.oid(), Appeals.IRKUTSK_CITY_HALL));
        personas.put("operator", Tokens.operator());
        personas.put("moderator", Tokens.moderator());
        personas.put("admin", Tokens.admin());
        List<String> names = new ArrayList<>(personas.keySet());

        OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, SEED, knownIds);
        Random choice = new Random(SEED);
        Map<String, String> failures = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        int sent = 0;
        for (OpenApiFuzzer.Operation operation : fuzzer.operations()) {
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String persona = names.get(choice.nextInt(names.size()));
                OpenApiFuzzer.Request request = fuzzer.request(operation, i % 2 == 1);
                Answer response = streams(operation) ? Answer.ofStream(request, personas.get(persona))
                        : Answer.of(send(request, personas.get(persona)));
                sent++;
                String problem = check(document, operation, response, personas.get(persona) == null);
                if (problem != null) {
                    // one example per operation, status and kind of failure: a report one can read
                    String kind = operation.name() + " → " + response.statusCode() + " " + problem.substring(0, Math.min(40, problem.length()));
                    counts.merge(kind, 1, Integer::sum);
                    failures.putIfAbsent(kind, "as " + persona + " [" + request.description() + "]: " + problem);
                }
            }
        }
        List<String> report = failures.entrySet().stream()
                .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "×) " + e.getValue()).toList();
        assertEquals(List.of(), report, counts.values().stream().mapToInt(Integer::intValue).sum() + " of " + sent
                + " requests broke the contract (seed " + SEED + "):\n" + String.join("\n", report));
    }

    private static Response send(OpenApiFuzzer.Request request, String token) {
        RequestSpecification http = given().config(io.restassured.RestAssured.config()
                .redirect(RedirectConfig.redirectConfig().followRedirects(false))
                .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)
                        .encodeContentTypeAs("multipart/form-data", ContentType.TEXT)
                        .encodeContentTypeAs("application/xml", ContentType.TEXT)
                        .encodeContentTypeAs("text/xml", ContentType.TEXT)
                        .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.TEXT)))
                .urlEncodingEnabled(false);
        if (token != null) {
            http.auth().oauth2(token);
        }
        request.query().forEach((name, values) -> values.forEach(value -> http.queryParam(name,
                java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))));
        request.headers().forEach(http::header);
        if ("multipart/form-data".equals(request.contentType()) && "file".equals(request.body())) {
            http.config(io.restassured.RestAssured.config()).multiPart("file", "photo.png", PNG, "image/png");
        } else if ("multipart/form-data".equals(request.contentType())) {
            http.contentType("multipart/form-data; boundary=b").body("--b\r\nbroken");
        } else if (request.contentType() != null) {
            http.contentType(request.contentType()).body(request.body());
        }
        return http.request(request.method().toUpperCase(), request.path());
    }

    /** An answer as the checks need it: a stream is judged by its status and headers, never read to its end. */
    record Answer(int statusCode, String contentType, String body) {

        private static final java.net.http.HttpClient CLIENT = java.net.http.HttpClient.newHttpClient();

        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.contentType() == null ? "" : response.contentType(),
                    response.asString());
        }

        static Answer ofStream(OpenApiFuzzer.Request request, String token) {
            StringBuilder uri = new StringBuilder(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                    + request.path());
            String separator = "?";
            for (Map.Entry<String, List<String>> parameter : request.query().entrySet()) {
                for (String value : parameter.getValue()) {
                    uri.append(separator).append(parameter.getKey()).append('=')
                            .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
                    separator = "&";
                }
            }
            java.net.http.HttpRequest.Builder http = java.net.http.HttpRequest.newBuilder(java.net.URI.create(uri.toString()))
                    .timeout(java.time.Duration.ofSeconds(10));
            if (token != null) {
                http.header("Authorization", "Bearer " + token);
            }
            request.headers().forEach((name, value) -> {
                try {
                    http.header(name, value);
                } catch (IllegalArgumentException e) {
                    // a header the JDK client refuses to send is not a request the server can be judged on
                }
            });
            try {
                java.net.http.HttpResponse<java.io.InputStream> response = CLIENT.send(http.build(),
                        java.net.http.HttpResponse.BodyHandlers.ofInputStream());
                String contentType = response.headers().firstValue("Content-Type").orElse("");
                try (java.io.InputStream body = response.body()) {
                    // an open stream is judged by its headers; an error has a body to read
                    String text = response.statusCode() < 300 ? "" : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    return new Answer(response.statusCode(), contentType, text);
                }
            } catch (java.io.IOException | InterruptedException e) {
                throw new IllegalStateException("The stream did not answer: " + request.description(), e);
            }
        }

        io.restassured.path.json.JsonPath jsonPath() {
            return new io.restassured.path.json.JsonPath(body);
        }

        String asString() {
            return body;
        }
    }

    /** An operation that answers with a stream of events rather than a body. */
    private static boolean streams(OpenApiFuzzer.Operation operation) {
        return operation.spec().path("responses").path("200").path("content").has("text/event-stream")
                || operation.path().endsWith("/stream");
    }

    /** What is wrong with the answer, or null. */
    private static String check(JsonNode document, OpenApiFuzzer.Operation operation, Answer response, boolean anonymous) {
        int status = response.statusCode();
        if (anonymous && status == 401 && operation.allowsAnonymous()) {
            // a public operation declares 401 only for a bad token: without one it must never ask for it
            return "an operation open to anyone asked an anonymous caller for a token: " + excerpt(response);
        }
        String contentType = response.contentType();
        if (status >= 500) {
            return "a server error: " + excerpt(response);
        }
        if (status >= 400 && operation.path().startsWith("/open311/")) {
            // GeoReport v2 answers errors in its own format: a list of {code, description}, in JSON or XML
            boolean listed = contentType.startsWith("application/json")
                    ? response.asString().startsWith("[") && response.jsonPath().getInt("[0].code") == status
                    : contentType.contains("xml") && response.asString().contains("<errors>")
                            && response.asString().contains("<code>" + status + "</code>");
            if (!listed) {
                return "an Open311 error that is not GeoReport's error list: " + excerpt(response);
            }
        } else if (status >= 400) {
            if (!contentType.startsWith("application/problem+json")) {
                return "an error that is not problem+json (" + contentType + ")";
            }
            if (response.jsonPath().getInt("status") != status || response.jsonPath().getString("type") == null) {
                return "a problem without its type or status: " + excerpt(response);
            }
        }
        if (!operation.declaredStatuses().contains(Integer.toString(status))) {
            return "status " + status + " is not declared (" + operation.declaredStatuses() + "): " + excerpt(response);
        }
        if (status < 300 && contentType.startsWith("application/json")) {
            JsonNode schema = operation.spec().path("responses").path(Integer.toString(status)).path("content")
                    .path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                Set<ValidationMessage> errors = SchemaValidator.validate(document, schema, OpenApiFuzzer.parse(response.asString()));
                if (!errors.isEmpty()) {
                    return "the body does not match its schema: " + errors.stream().limit(3).toList();
                }
            }
        }
        return null;
    }

    private static String excerpt(Answer response) {
        String body = response.asString();
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
