package ru.otklik.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Tokens;

/** Administrators register partners: their client id, the organisations they act for, their rate limit. */
@QuarkusTest
class PartnerRegistryTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void anAdministratorRegistersAPartnerAndReadsItBack() {
        long cityHall = Partners.organisationId(Appeals.IRKUTSK_CITY_HALL);
        String clientId = Partners.newClientId();
        String location = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Partners.registration(clientId, List.of(cityHall)))
                .when().post("/api/v1/partners")
                .then().statusCode(201)
                .body("clientId", equalTo(clientId))
                .body("organisationIds", equalTo(List.of((int) cityHall)))
                .body("requestsPerMinute", equalTo(600))
                .body("active", equalTo(true))
                .extract().header("Location");
        given().auth().oauth2(Tokens.admin()).when().get(location)
                .then().statusCode(200).header("ETag", "\"0\"").body("clientId", equalTo(clientId));
        given().auth().oauth2(Tokens.admin()).queryParam("limit", 100).when().get("/api/v1/partners")
                .then().statusCode(200).body("items.clientId", hasItem(Partners.SAMPLE_CLIENT));
    }

    @Test
    void onlyAdministratorsManageTheRegistry() {
        Map<String, Object> body = Partners.registration(Partners.newClientId(), List.of(1L));
        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/partners").then().statusCode(401);
        for (String token : List.of(Tokens.trustedCitizen(Numbers.oid()), Tokens.moderator(), Appeals.official(),
                Partners.token(Partners.SAMPLE_CLIENT))) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post("/api/v1/partners")
                    .then().statusCode(403).contentType(PROBLEM);
            given().auth().oauth2(token).when().get("/api/v1/partners").then().statusCode(403);
        }
    }

    @Test
    void aClientIdIsRegisteredOnlyOnce() {
        long cityHall = Partners.organisationId(Appeals.IRKUTSK_CITY_HALL);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Partners.registration(Partners.SAMPLE_CLIENT, List.of(cityHall)))
                .when().post("/api/v1/partners")
                .then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/duplicate"))
                .body("errors[0].field", equalTo("clientId"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndRegistersNothing() {
        String clientId = Partners.newClientId();
        Map<String, Object> body = Partners.registration(clientId, List.of(987654321L));
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when().post("/api/v1/partners")
                .then().statusCode(400).body("errors[0].field", equalTo("organisationIds"))
                .body("errors[0].message", containsString("987654321"));
        body.put("organisationIds", List.of());
        body.put("clientId", "has spaces");
        body.put("requestsPerMinute", 0);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when().post("/api/v1/partners")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("clientId", "organisationIds", "requestsPerMinute")));
        given().auth().oauth2(Tokens.admin()).queryParam("limit", 100).when().get("/api/v1/partners")
                .then().body("items.clientId", not(hasItem(clientId)));
    }

    @Test
    void aRegistrationIsReplacedAndRemoved() {
        long cityHall = Partners.organisationId(Appeals.IRKUTSK_CITY_HALL);
        long angarsk = Partners.organisationId(Appeals.ANGARSK_CITY_HALL);
        String clientId = Partners.newClientId();
        long id = Partners.register(clientId, cityHall);
        Map<String, Object> body = Partners.registration(clientId, List.of(angarsk));
        body.put("requestsPerMinute", 60);
        body.put("active", false);
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body).when().put("/api/v1/partners/" + id)
                .then().statusCode(200)
                .body("organisationIds", equalTo(List.of((int) angarsk)))
                .body("requestsPerMinute", equalTo(60))
                .body("active", equalTo(false))
                .body("version", equalTo(1));
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/partners/" + id).then().statusCode(204);
        given().auth().oauth2(Tokens.admin()).when().get("/api/v1/partners/" + id).then().statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/partners/" + id).then().statusCode(404);
    }

    @Test
    void anOrganisationAPartnerActsForIsDeactivatedRatherThanErased() {
        long organisation = Directory.create(Directory.organisation("Партнёрская " + Numbers.oid(), "25701000"));
        Partners.register(Partners.newClientId(), organisation);
        given().auth().oauth2(Tokens.admin()).when().delete("/api/v1/organisations/" + organisation).then().statusCode(204);
        given().when().get("/api/v1/organisations/" + organisation).then().statusCode(200).body("active", equalTo(false));
    }

    @Test
    void aPartnersClientIdComesFromAzpOrClientId() {
        given().auth().oauth2(Partners.token("crm-one")).when().get("/api/v1/me")
                .then().statusCode(200).body("clientId", equalTo("crm-one")).body("roles", equalTo(List.of("PARTNER")));
        given().auth().oauth2(Tokens.sign(Map.of("sub", "service-account-crm-two", "client_id", "crm-two", "roles", List.of("PARTNER"))))
                .when().get("/api/v1/me").then().statusCode(200).body("clientId", equalTo("crm-two"));
        String persona = given().accept("text/plain").when().get("/dev/tokens/partner").then().statusCode(200).extract().asString();
        given().auth().oauth2(persona).when().get("/api/v1/me")
                .then().statusCode(200).body("clientId", equalTo(Partners.SAMPLE_CLIENT));
        Map<String, Object> person = Tokens.person(Numbers.oid(), true);
        person.put("azp", "gosuslugi-portal");
        given().auth().oauth2(Tokens.sign(person)).when().get("/api/v1/me")
                .then().statusCode(200).body("clientId", nullValue());
    }
}
