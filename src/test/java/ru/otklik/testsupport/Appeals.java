package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Appeals through the API, as the sample personas of Irkutsk would file and work them. */
public final class Appeals {

    /** The official of Администрация г. Иркутска (sample ESIA org oid 1000038001), who handles Irkutsk potholes. */
    public static final String IRKUTSK_CITY_HALL = "1000038001";
    public static final String ANGARSK_CITY_HALL = "1000038003";

    private Appeals() {
    }

    public static Map<String, Object> pothole(String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", Directory.categoryId("roads.potholes"));
        body.put("text", text);
        body.put("address", "г. Иркутск, ул. Ленина, 12");
        body.put("location", Map.of("lat", 52.287, "lon", 104.281));
        body.put("oktmo", "25701000001");
        body.put("channel", "MOBILE");
        return body;
    }

    public static ValidatableResponse file(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/appeals").then();
    }

    public static long filePothole(String citizenToken) {
        return file(citizenToken, pothole("Глубокая яма на дороге у дома 12, повреждены колёса " + Numbers.oid()))
                .statusCode(201).extract().jsonPath().getLong("id");
    }

    public static ValidatableResponse act(String token, long id, String action, Map<String, Object> body) {
        var request = given().auth().oauth2(token);
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post("/api/v1/appeals/" + id + "/" + action).then();
    }

    public static void register(long id) {
        act(Tokens.moderator(), id, "moderate", Map.of("decision", "APPROVE")).statusCode(200);
    }

    public static String official() {
        return Tokens.official("1000100010", IRKUTSK_CITY_HALL);
    }

    /** Filed, registered and taken by the Irkutsk official. */
    public static long inProgress(String citizenToken) {
        long id = filePothole(citizenToken);
        register(id);
        act(official(), id, "take", null).statusCode(200);
        return id;
    }

    public static long answered(String citizenToken) {
        long id = inProgress(citizenToken);
        act(official(), id, "answer", Map.of("text", "Яма будет заделана в рамках ямочного ремонта до конца месяца."))
                .statusCode(200);
        return id;
    }
}
