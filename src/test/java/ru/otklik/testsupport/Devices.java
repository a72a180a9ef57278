package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Devices registered for pushes through the API. */
public final class Devices {

    private Devices() {
    }

    public static String installationId() {
        return UUID.randomUUID().toString();
    }

    public static Map<String, Object> device(String platform, String token, String locale) {
        Map<String, Object> body = new HashMap<>();
        body.put("platform", platform);
        body.put("token", token);
        body.put("locale", locale);
        body.put("appVersion", "2.14.0");
        return body;
    }

    public static ValidatableResponse put(String token, String installationId, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/me/devices/" + installationId).then();
    }

    /** A fresh installation of the person's, registered with a fresh push token, in that language. */
    public static String register(String token, String locale) {
        String id = installationId();
        put(token, id, device("FCM", "token-" + id, locale)).statusCode(200);
        return id;
    }

    public static ValidatableResponse remove(String token, String installationId) {
        return given().auth().oauth2(token).when().delete("/api/v1/me/devices/" + installationId).then();
    }

    public static ValidatableResponse list(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/me/devices").then();
    }
}
