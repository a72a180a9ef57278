package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Builds directory data through the API, as an administrator would. */
public final class Directory {

    private Directory() {
    }

    /** A valid organisation body with fresh registry numbers; adjust it with {@code put}. */
    public static Map<String, Object> organisation(String shortName, String oktmo) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "INSTITUTION");
        body.put("fullName", "Тестовое учреждение " + shortName);
        body.put("shortName", shortName);
        body.put("inn", Numbers.inn());
        body.put("ogrn", Numbers.ogrn());
        body.put("regionCode", "38");
        body.put("oktmo", oktmo);
        body.put("verified", true);
        body.put("connected", true);
        body.put("widgets", List.of("REPORT_PROBLEM"));
        body.put("contacts", Map.of("phone", "+73952000000", "email", "info@example.org", "website", "https://example.org"));
        return body;
    }

    public static long create(Map<String, Object> organisation) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(organisation)
                .when().post("/api/v1/organisations")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long createCategory(String code, Long parentId, int deadlineDays) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Тестовая категория " + code);
        body.put("parentId", parentId);
        body.put("deadlineDays", deadlineDays);
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/categories")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    public static long createRule(long categoryId, String prefix, long organisationId) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("categoryId", categoryId, "oktmoPrefix", prefix, "organisationId", organisationId))
                .when().post("/api/v1/routing-rules")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** The id of a category of the reference tree by its code. */
    public static long categoryId(String code) {
        List<Map<String, Object>> roots = given().get("/api/v1/categories").then().statusCode(200)
                .extract().jsonPath().getList("items");
        Long id = find(roots, code);
        if (id == null) {
            throw new IllegalStateException("No category " + code);
        }
        return id;
    }

    @SuppressWarnings("unchecked")
    private static Long find(List<Map<String, Object>> nodes, String code) {
        for (Map<String, Object> node : nodes) {
            if (code.equals(node.get("code"))) {
                return ((Number) node.get("id")).longValue();
            }
            Long found = find((List<Map<String, Object>>) node.get("children"), code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    public static Map<String, Object> copy(Map<String, Object> body) {
        return new HashMap<>(body);
    }
}
