package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** Webhook subscriptions through the API, as a partner makes them. */
public final class Webhooks {

    private Webhooks() {
    }

    public static Map<String, Object> subscription(String url, List<String> eventTypes) {
        Map<String, Object> body = new HashMap<>();
        body.put("url", url);
        body.put("eventTypes", eventTypes);
        return body;
    }

    public static ValidatableResponse subscribe(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/webhooks").then();
    }

    /** Subscribes the receiver to these types of all the partner's organisations: the subscription with its secret. */
    public static JsonPath subscribe(String partnerToken, Receiver receiver, String... eventTypes) {
        return subscribe(partnerToken, subscription(receiver.url(), List.of(eventTypes))).statusCode(201).extract().jsonPath();
    }

    public static JsonPath deliveries(String token, long subscriptionId) {
        return given().auth().oauth2(token).queryParam("limit", 100)
                .when().get("/api/v1/webhooks/" + subscriptionId + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath get(String token, long subscriptionId) {
        return given().auth().oauth2(token).when().get("/api/v1/webhooks/" + subscriptionId)
                .then().statusCode(200).extract().jsonPath();
    }
}
