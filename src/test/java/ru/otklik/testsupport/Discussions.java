package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Discussions and comments through the API, as the sample ministry, its officials and residents would use them. */
public final class Discussions {

    /** Минэнерго и ЖКХ Иркутской области in the sample directory: the ministry that owns the test discussions. */
    public static final String MINISTRY = "1000038016";
    /** Another organisation, whose officials have no say in the ministry's discussions. */
    public static final String CITY_HALL = "1000038001";

    private Discussions() {
    }

    public static String ministryAdmin() {
        return Tokens.orgAdmin("1000200001", MINISTRY);
    }

    public static String ministryOfficial() {
        return Tokens.official("1000200002", MINISTRY);
    }

    /** A confirmed resident of Irkutsk (OKTMO 25701000001), new every time. */
    public static String resident() {
        return Tokens.trustedCitizen(Numbers.oid());
    }

    /** The directory id of an organisation of the sample data, by its ESIA org oid. */
    public static long organisationId(String esiaOid) {
        for (String kind : List.of("REGIONAL_BODY", "LOCAL_GOVERNMENT")) {
            List<Map<String, Object>> items = given().queryParam("limit", 100).queryParam("kind", kind)
                    .get("/api/v1/organisations").then().statusCode(200).extract().jsonPath().getList("items");
            for (Map<String, Object> item : items) {
                if (esiaOid.equals(item.get("esiaOid"))) {
                    return ((Number) item.get("id")).longValue();
                }
            }
        }
        throw new IllegalStateException("No organisation " + esiaOid);
    }

    /** A valid body of the ministry's discussion in this moderation mode, for the whole region. */
    public static Map<String, Object> draft(String moderation) {
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", organisationId(MINISTRY));
        body.put("title", "Проект благоустройства двора " + Numbers.oid());
        body.put("body", "Обсуждаем проект благоустройства: скамейки, урны, освещение и детская площадка.");
        body.put("moderation", moderation);
        return body;
    }

    public static ValidatableResponse open(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/discussions").then();
    }

    /** An open discussion of the ministry in this moderation mode. */
    public static long open(String moderation) {
        return open(ministryAdmin(), draft(moderation)).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse comment(String token, long discussionId, String text, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("text", text);
        body.put("parentId", parentId);
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/discussions/" + discussionId + "/comments").then();
    }

    /** A comment posted (201) by this token; its id. */
    public static long posted(String token, long discussionId, String text, Long parentId) {
        return comment(token, discussionId, text, parentId).statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse officialReply(String token, long discussionId, String text, long parentId) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("text", text, "parentId", parentId, "asOrganisation", true))
                .when().post("/api/v1/discussions/" + discussionId + "/comments").then();
    }

    public static ValidatableResponse act(String token, long commentId, String action, Map<String, Object> body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/v1/comments/" + commentId + "/" + action).then();
    }

    public static void approve(long commentId) {
        act(Tokens.moderator(), commentId, "moderate", Map.of("decision", "APPROVE")).statusCode(200);
    }

    public static ValidatableResponse react(String token, long commentId, String reaction) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reaction", reaction))
                .when().post("/api/v1/comments/" + commentId + "/reactions").then();
    }

    /** The page of threads as this token (null: anonymous) sees it. */
    public static ValidatableResponse page(String token, long discussionId, Map<String, ?> query) {
        var request = token == null ? given() : given().auth().oauth2(token);
        return request.queryParams(query).when().get("/api/v1/discussions/" + discussionId + "/comments").then();
    }
}
