package ru.otklik.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Tokens;

/** A partner's client beyond its calls a minute is told to wait; nobody else is counted. */
@QuarkusTest
class PartnerRateLimitTest {

    @Test
    void aPartnerOverItsCallsAMinuteGetsATooManyRequestsProblemWithRetryAfter() {
        String partner = partnerAllowedTwoCallsAMinute();
        given().auth().oauth2(partner).when().get("/api/v1/appeals").then().statusCode(200);
        given().auth().oauth2(partner).when().get("/api/v1/me").then().statusCode(200);
        given().auth().oauth2(partner).header("Accept-Language", "en").when().get("/api/v1/appeals")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("https://otklik.ru/problems/too-many-requests"))
                .body("title", equalTo("Too many requests"));
        given().auth().oauth2(Partners.registeredToken(Partners.organisationId(Appeals.IRKUTSK_CITY_HALL)))
                .when().get("/api/v1/appeals").then().statusCode(200);
    }

    @Test
    void aPartnerOverItsAllowanceOnOpen311GetsAGeoReportErrorWithRetryAfter() {
        String partner = partnerAllowedTwoCallsAMinute();
        given().queryParam("api_key", partner).when().get("/open311/v2/requests.json").then().statusCode(200);
        given().queryParam("api_key", partner).when().get("/open311/v2/requests.json").then().statusCode(200);
        given().queryParam("api_key", partner).when().get("/open311/v2/requests.json")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("[0].code", equalTo(429));
        given().auth().oauth2(partner).when().get("/open311/v2/requests.json")
                .then().statusCode(429).header("Retry-After", notNullValue()).body("[0].code", equalTo(429));
    }

    @Test
    void peopleAndUnregisteredClientsAreNotCounted() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        String unregistered = Partners.token(Partners.newClientId());
        for (int i = 0; i < 5; i++) {
            given().auth().oauth2(citizen).when().get("/api/v1/me").then().statusCode(200);
            given().auth().oauth2(unregistered).when().get("/api/v1/me").then().statusCode(200);
        }
    }

    /** A token of a newly registered partner of the city hall, allowed two calls a minute. */
    private static String partnerAllowedTwoCallsAMinute() {
        String clientId = Partners.newClientId();
        Map<String, Object> registration = Partners.registration(clientId,
                List.of(Partners.organisationId(Appeals.IRKUTSK_CITY_HALL)));
        registration.put("requestsPerMinute", 2);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(registration)
                .when().post("/api/v1/partners").then().statusCode(201);
        return Partners.token(clientId);
    }
}
