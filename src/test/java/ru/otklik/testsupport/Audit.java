package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import io.restassured.response.Response;

/** Reads the audit trail as a platform administrator. */
public final class Audit {

    private Audit() {
    }

    /** The whole answer to {@code GET /api/v1/audit} with these query parameters (200 expected). */
    public static Response page(Map<String, ?> query) {
        return given().auth().oauth2(Tokens.admin()).queryParams(query).when().get("/api/v1/audit")
                .then().statusCode(200).extract().response();
    }

    /** The entries of one page, newest first (up to 100). */
    public static List<Map<String, Object>> entries(Map<String, ?> query) {
        Map<String, Object> all = new java.util.HashMap<>(query);
        all.putIfAbsent("limit", 100);
        return page(all).jsonPath().getList("items");
    }

    /** Entries of this actor (every test acts with an oid of its own, so it sees only what it did). */
    public static List<Map<String, Object>> by(String actorOid) {
        return entries(Map.of("actor", actorOid));
    }
}
