package ru.otklik.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.OpenApiFuzzer;
import ru.otklik.testsupport.Tokens;

/**
 * The bounds of what one request may ask for or send: no list answers more than a page of 100 (or its own stated
 * bound), no string or array of a request body is unbounded, and no signed-in caller writes faster than its allowance
 * (here 5 writes an hour, so that a burst is easy to make; the application's default is 30 per 10 s).
 */
@QuarkusTest
@TestProfile(LimitsTest.SmallLimits.class)
class LimitsTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("otklik.write-limit.writes", "5", "otklik.write-limit.per", "1H", "otklik.open311.max-requests", "3");
        }
    }

    private static final int MAX_PAGE = 100;
    private static final String PROBLEM = "application/problem+json";
    /** Lists that answer whole, and what bounds them instead of a page size. */
    private static final Map<String, String> WHOLE_LISTS = Map.of(
            "GET /api/v1/appeals/{id}/history", "one appeal's journal: a step per action of its lifecycle",
            "GET /api/v1/categories", "the reference tree of topics, kept by administrators",
            "GET /dev/tokens", "the fixed personas of dev mode (dev and test only)",
            "GET /api/v1/me/devices", "the caller's own installations: at most otklik.push.devices-per-person",
            "GET /api/v1/appeals/nearby/similar", "suggestions: at most otklik.nearby.similar-limit",
            "GET /open311/v2/services.{format}", "the active categories as services: the reference tree of topics",
            "GET /open311/v2/requests.{format}", "GeoReport v2 has no page size: at most otklik.open311.max-requests",
            "GET /open311/v2/requests/{id}.{format}", "one request, as GeoReport v2 answers it: a list of one");

    private static JsonNode document() {
        return OpenApiFuzzer.parse(given().accept("application/json").get("/q/openapi?format=json").asString());
    }

    @Test
    void everyListTakesALimitOfAtMostAHundredOrSaysWhatBoundsIt() {
        JsonNode document = document();
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, 1L, Map.of());
        List<String> wrong = new ArrayList<>();
        for (OpenApiFuzzer.Operation operation : fuzzer.operations()) {
            JsonNode schema = fuzzer.resolve(operation.spec().path("responses").path("200").path("content")
                    .path("application/json").path("schema"));
            boolean list = "array".equals(schema.path("type").asText()) || schema.path("properties").has("items");
            if (!"get".equals(operation.method()) || !list || WHOLE_LISTS.containsKey(operation.name())) {
                continue;
            }
            JsonNode limit = limit(fuzzer, operation);
            if (limit == null || !limit.path("schema").has("maximum") || limit.path("schema").path("maximum").asInt() > MAX_PAGE) {
                wrong.add(operation.name() + ": a list without a limit of at most " + MAX_PAGE);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void aPageLargerThanAHundredIsRefusedByEveryList() {
        JsonNode document = document();
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, 1L, Map.of());
        String everyone = Tokens.sign(withRoles("ADMIN", "MODERATOR", "OPERATOR"));
        List<String> wrong = new ArrayList<>();
        int lists = 0;
        for (OpenApiFuzzer.Operation operation : fuzzer.operations()) {
            if (limit(fuzzer, operation) == null) {
                continue;
            }
            lists++;
            String path = operation.path().replaceAll("\\{[^}]+}", "1");
            for (int size : new int[] { MAX_PAGE + 1, 0 }) {
                Response response = given().auth().oauth2(everyone).queryParam("limit", size).get(path);
                if (response.statusCode() != 400 || !response.contentType().startsWith(PROBLEM)
                        || !response.jsonPath().getList("errors.field").contains("limit")) {
                    wrong.add(operation.name() + "?limit=" + size + " → " + response.statusCode() + " " + response.asString());
                }
            }
        }
        assertTrue(lists >= 10, "the lists were not found");
        assertEquals(List.of(), wrong);
    }

    @Test
    void open311AnswersAtMostItsConfiguredNumberOfRequests() {
        for (int i = 0; i < 4; i++) {
            Appeals.filePothole(Tokens.trustedCitizen(Numbers.oid()));
        }
        given().auth().oauth2(Tokens.moderator()).get("/open311/v2/requests.json").then().statusCode(200)
                .body("size()", equalTo(3));
    }

    @Test
    void everyStringAndArrayOfARequestBodyHasAMaximum() {
        JsonNode document = document();
        OpenApiFuzzer fuzzer = new OpenApiFuzzer(document, 1L, Map.of());
        Set<String> wrong = new java.util.TreeSet<>();
        for (OpenApiFuzzer.Operation operation : fuzzer.operations()) {
            // xmlcalendar documents, uploads and Open311's forms are bounded by size (otklik.calendar.max-document-size,
            // otklik.appeals.attachments.max-size, quarkus.http.limits.max-form-attribute-size), not by a schema
            JsonNode schema = operation.spec().path("requestBody").path("content").path("application/json").path("schema");
            if (!schema.isMissingNode()) {
                unbounded(fuzzer, schema, operation.name() + " body", new HashSet<>(), wrong);
            }
        }
        assertEquals(Set.of(), wrong);
    }

    private static void unbounded(OpenApiFuzzer fuzzer, JsonNode node, String where, Set<String> seen, Set<String> wrong) {
        if (node.has("$ref")) {
            String name = node.get("$ref").asText();
            if (seen.add(name)) {
                unbounded(fuzzer, fuzzer.resolve(node), name.substring(name.lastIndexOf('/') + 1), seen, wrong);
            }
            return;
        }
        for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
            node.path(combinator).forEach(option -> unbounded(fuzzer, option, where, seen, wrong));
        }
        Set<String> types = new HashSet<>();
        if (node.path("type").isArray()) {
            node.path("type").forEach(type -> types.add(type.asText()));
        } else {
            types.add(node.path("type").asText());
        }
        if (types.contains("string") && !node.has("enum") && !node.has("maxLength")
                && !Set.of("date", "date-time", "uuid").contains(node.path("format").asText())) {
            wrong.add(where + ": a string without maxLength");
        }
        if (types.contains("array")) {
            if (!node.has("maxItems")) {
                wrong.add(where + ": an array without maxItems");
            }
            unbounded(fuzzer, node.path("items"), where + "[]", seen, wrong);
        }
        node.path("properties").fields().forEachRemaining(property ->
                unbounded(fuzzer, property.getValue(), where + "." + property.getKey(), seen, wrong));
    }

    @Test
    void aBurstOfWritesBeyondTheAllowanceIsRefusedWithRetryAfterAndChangesNothing() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        for (int i = 0; i < 5; i++) {
            Appeals.filePothole(citizen);
        }
        Response refused = given().auth().oauth2(citizen).contentType(ContentType.JSON)
                .body(Appeals.pothole("Ещё одна яма на дороге у дома 14, глубокая")).post("/api/v1/appeals");
        assertEquals(429, refused.statusCode(), refused.asString());
        assertTrue(refused.contentType().startsWith(PROBLEM));
        assertEquals("https://otklik.ru/problems/too-many-requests", refused.jsonPath().getString("type"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 3600, "Retry-After " + retryAfter);
        given().auth().oauth2(citizen).queryParam("limit", 100).get("/api/v1/appeals").then().statusCode(200)
                .body("items.size()", equalTo(5));
    }

    @Test
    void otherCallersAndReadsAreNotHeldBySomeonesBurst() {
        String busy = Tokens.trustedCitizen(Numbers.oid());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(busy).contentType(ContentType.JSON).body(Map.of("reaction", "LIKE"))
                    .post("/api/v1/comments/999999999/reactions").then().statusCode(404);
        }
        given().auth().oauth2(busy).post("/api/v1/appeals/999999999/take").then().statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(busy).delete("/api/v1/comments/999999999/reactions").then().statusCode(429);
        // reads go on; another person, and the same token's reads, are not counted against the burst
        given().auth().oauth2(busy).get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(busy).get("/api/v1/appeals").then().statusCode(200);
        String other = Tokens.trustedCitizen(Numbers.oid());
        Appeals.filePothole(other);
        given().auth().oauth2(other).get("/api/v1/appeals").then().statusCode(200).body("items.status", hasItem("SUBMITTED"));
    }

    @Test
    void theAllowanceIsPerPersonNotPerToken() {
        String oid = Numbers.oid();
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(Tokens.trustedCitizen(oid)).post("/api/v1/appeals/999999999/take").then().statusCode(404);
        }
        Response fresh = given().auth().oauth2(Tokens.trustedCitizen(oid)).post("/api/v1/appeals/999999999/take");
        assertEquals(429, fresh.statusCode(), "a new token of the same person starts no new allowance");
        assertFalse(fresh.header("Retry-After").isBlank());
    }

    @Test
    void open311FilingsByApiKeyCountAgainstThePersonsAllowanceOfWrites() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(citizen).post("/api/v1/appeals/999999999/take").then().statusCode(404);
        }
        Response refused = given().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("api_key", citizen).formParam("service_code", "roads.potholes")
                .formParam("lat", "52.287").formParam("long", "104.281")
                .formParam("description", "Яма на проезжей части у дома 12, глубокая")
                .post("/open311/v2/requests.json");
        assertEquals(429, refused.statusCode(), refused.asString());
        assertEquals(429, refused.jsonPath().getInt("[0].code"), "a GeoReport error, as Open311 answers every error");
        assertTrue(Long.parseLong(refused.header("Retry-After")) >= 1);
        given().auth().oauth2(citizen).get("/api/v1/appeals").then().statusCode(200).body("items.size()", equalTo(0));

        // and the other way round: filings by api_key use up the allowance of the Authorization header
        String other = Tokens.trustedCitizen(Numbers.oid());
        for (int i = 0; i < 5; i++) {
            given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("api_key", other)
                    .formParam("service_code", "no.such.service").post("/open311/v2/requests.json").then().statusCode(404);
        }
        given().auth().oauth2(other).post("/api/v1/appeals/999999999/take").then().statusCode(429)
                .contentType(PROBLEM).header("Retry-After", org.hamcrest.Matchers.notNullValue());
    }

    private static Map<String, Object> withRoles(String... roles) {
        Map<String, Object> claims = new LinkedHashMap<>(Tokens.person(Numbers.oid(), true));
        claims.put("roles", List.of(roles));
        return claims;
    }

    private static JsonNode limit(OpenApiFuzzer fuzzer, OpenApiFuzzer.Operation operation) {
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode resolved = fuzzer.resolve(parameter);
            if ("limit".equals(resolved.path("name").asText()) && "query".equals(resolved.path("in").asText())) {
                return resolved;
            }
        }
        return null;
    }
}
