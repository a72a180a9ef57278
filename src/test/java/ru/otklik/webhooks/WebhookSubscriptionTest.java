package ru.otklik.webhooks;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Tokens;
import ru.otklik.testsupport.Webhooks;

/** Partners manage their own subscriptions, administrators any partner's; everything named is checked. */
@QuarkusTest
class WebhookSubscriptionTest {

    private static final String URL = "http://127.0.0.1:9/webhooks";
    private static final String PROBLEM = "application/problem+json";

    @Test
    void aPartnerSubscribesAndSeesTheSecretOnceThenManagesItsSubscription() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        String location = Webhooks.subscribe(partner, Webhooks.subscription(URL, List.of("appeal.*", "appeal.answered")))
                .statusCode(201).contentType(ContentType.JSON)
                .body("secret", startsWith("whsec_"))
                .body("eventTypes", equalTo(List.of("appeal.*", "appeal.answered")))
                .body("organisationIds", equalTo(List.of((int) tree.parentId())))
                .body("status", equalTo("ACTIVE"))
                .body("consecutiveDeadDeliveries", equalTo(0))
                .extract().header("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        given().auth().oauth2(partner).when().get(location)
                .then().statusCode(200).header("ETag", "\"0\"").body("secret", nullValue()).body("url", equalTo(URL));
        given().auth().oauth2(partner).when().get("/api/v1/webhooks")
                .then().statusCode(200).body("items.id", equalTo(List.of((int) id)));

        Map<String, Object> narrower = Webhooks.subscription(URL, List.of("appeal.registered"));
        narrower.put("organisationIds", List.of(tree.childId()));
        narrower.put("active", false);
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(narrower).header("If-Match", "\"0\"")
                .when().put(location).then().statusCode(200)
                .body("organisationIds", equalTo(List.of((int) tree.childId())))
                .body("status", equalTo("DISABLED")).body("disabledReason", equalTo("BY_REQUEST"))
                .body("version", equalTo(1));
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(narrower).header("If-Match", "\"0\"")
                .when().put(location).then().statusCode(409).contentType(PROBLEM);

        given().auth().oauth2(partner).when().delete(location).then().statusCode(204);
        given().auth().oauth2(partner).when().get(location).then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void rotatingTheSecretShowsTheNewOneOnceAndKeepsThePreviousOneForTheOverlap() {
        String partner = Partners.registeredToken(Partners.tree().parentId());
        long id = Webhooks.subscribe(partner, Webhooks.subscription(URL, List.of("appeal.*"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        String first = given().auth().oauth2(partner).when().post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).body("secret", startsWith("whsec_"))
                .body("previousSecretValidUntil", notNullValue()).extract().path("secret");
        String second = given().auth().oauth2(partner).queryParam("overlapHours", 0)
                .when().post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(200).body("previousSecretValidUntil", nullValue()).extract().path("secret");
        assertNotEquals(first, second);
        given().auth().oauth2(partner).queryParam("overlapHours", 500)
                .when().post("/api/v1/webhooks/" + id + "/rotate-secret")
                .then().statusCode(400).body("errors[0].field", equalTo("overlapHours"));
    }

    @Test
    void anotherPartnersSubscriptionDoesNotExistAndAnAdministratorManagesAnyPartners() {
        Partners.Tree tree = Partners.tree();
        String clientId = Partners.newClientId();
        long partnerId = Partners.register(clientId, tree.parentId());
        String partner = Partners.token(clientId);
        long id = Webhooks.subscribe(partner, Webhooks.subscription(URL, List.of("appeal.*"))).statusCode(201)
                .extract().jsonPath().getLong("id");
        String stranger = Partners.registeredToken(Partners.tree().parentId());
        given().auth().oauth2(stranger).when().get("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).when().delete("/api/v1/webhooks/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(404);
        given().auth().oauth2(stranger).when().get("/api/v1/webhooks").then().statusCode(200).body("items.id", not(hasItem((int) id)));

        Webhooks.subscribe(Tokens.admin(), Webhooks.subscription(URL, List.of("appeal.*"))).statusCode(400)
                .body("errors[0].field", equalTo("partnerId"));
        Map<String, Object> forPartner = Webhooks.subscription(URL, List.of("appeal.registered"));
        forPartner.put("partnerId", partnerId);
        Webhooks.subscribe(Tokens.admin(), forPartner).statusCode(201).body("partnerId", equalTo((int) partnerId));
        given().auth().oauth2(Tokens.admin()).queryParam("partner", partnerId).when().get("/api/v1/webhooks")
                .then().statusCode(200).body("items.size()", equalTo(2));
        given().auth().oauth2(partner).when().get("/api/v1/webhooks").then().body("items.size()", equalTo(2));
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/webhooks/" + id).then().statusCode(200);
    }

    @Test
    void onlyRegisteredPartnersAndAdministratorsSubscribe() {
        Map<String, Object> body = Webhooks.subscription(URL, List.of("appeal.*"));
        Webhooks.subscribe(Tokens.trustedCitizen(Numbers.oid()), body).statusCode(403).contentType(PROBLEM);
        Webhooks.subscribe(Appeals.official(), body).statusCode(403);
        Webhooks.subscribe(Tokens.moderator(), body).statusCode(403);
        Webhooks.subscribe(Partners.token(Partners.newClientId()), body).statusCode(403)
                .body("type", equalTo("https://otklik.ru/problems/forbidden"));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/webhooks").then().statusCode(401);
    }

    @Test
    void whatASubscriptionNamesIsCheckedAndEveryWrongFieldNamed() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.childId());
        Map<String, Object> body = Webhooks.subscription("ftp://example.org/x", List.of("appeal.*", "poll.nothing", "nonsense"));
        body.put("organisationIds", List.of(tree.parentId()));
        Webhooks.subscribe(partner, body).statusCode(400).contentType(PROBLEM)
                .body("errors.field", equalTo(List.of("eventTypes", "eventTypes", "organisationIds", "url")));
        Webhooks.subscribe(partner, Webhooks.subscription("http://no-such-host.invalid/hooks", List.of("appeal.*")))
                .statusCode(400).body("errors[0].field", equalTo("url"));
        Webhooks.subscribe(partner, Map.of("url", URL, "eventTypes", List.of())).statusCode(400)
                .body("errors[0].field", equalTo("eventTypes"));
        Map<String, Object> other = Webhooks.subscription(URL, List.of("appeal.*"));
        other.put("partnerId", 1);
        Webhooks.subscribe(partner, other).statusCode(400).body("errors[0].field", equalTo("partnerId"));
        given().auth().oauth2(partner).when().get("/api/v1/webhooks").then().body("items", equalTo(List.of()));
    }
}
