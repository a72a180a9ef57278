package ru.otklik.identity.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import ru.otklik.testsupport.Keycloak;
import ru.otklik.testsupport.Keycloak.Pkce;
import ru.otklik.testsupport.Keycloak.Response;
import ru.otklik.testsupport.KeycloakProfile;

/** The mobile app's login at the ESIA-like realm, end to end: authorization code with PKCE, then the API. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class MobileLoginIT {

    @Test
    void aConfirmedCitizenLogsInOnTheMobileAppAndTheApiReadsEveryClaim() {
        Pkce pkce = Pkce.create();
        String code = Keycloak.authorize("trusted-citizen", pkce.challenge());
        Response exchanged = Keycloak.exchange(code, pkce.verifier());

        assertEquals(200, exchanged.status(), exchanged.body());
        JsonNode tokens = exchanged.json();
        assertEquals("Bearer", tokens.get("token_type").asText());
        assertEquals(300, tokens.get("expires_in").asInt(), "access tokens live five minutes");
        assertTrue(tokens.hasNonNull("refresh_token"), "the app keeps the person signed in by refreshing");
        String access = tokens.get("access_token").asText();
        JsonNode claims = Keycloak.claims(access);
        assertEquals(Keycloak.issuer(), claims.get("iss").asText());
        assertEquals(List.of("otklik-api"), Keycloak.audiences(access));
        assertEquals(Keycloak.MOBILE, claims.get("azp").asText());
        assertEquals("1000100002", claims.get("urn:esia:sbj_id").asText());

        given().auth().oauth2(access).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("oid", equalTo("1000100002"))
                .body("trusted", equalTo(true))
                .body("name", equalTo("Иванова Мария Сергеевна"))
                .body("roles", empty())
                .body("organisations", empty())
                .body("oktmo", equalTo("25701000001"));
    }

    @Test
    void aSimpleAccountIsNotConfirmed() {
        String access = Keycloak.mobileToken("citizen");
        assertTrue(Keycloak.claims(access).get("trusted").isBoolean(), "trusted is a JSON boolean, as ESIA sends it");
        given().auth().oauth2(access).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("oid", equalTo("1000100001"))
                .body("trusted", equalTo(false))
                .body("name", equalTo("Петров Пётр Петрович"));
    }

    @Test
    void anOfficialsOrganisationsArriveAsAnArrayOfObjectsAndResolveToTheDirectory() {
        String access = Keycloak.mobileToken("official");
        JsonNode organisations = Keycloak.claims(access).get("urn:esia:orgs");
        assertTrue(organisations.isArray(), "urn:esia:orgs is a JSON array, not a string: " + organisations);
        assertEquals("1000038001", organisations.get(0).get("oid").asText());
        assertEquals("OFFICIAL", organisations.get(0).get("role").asText());

        given().auth().oauth2(access).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("oid", equalTo("1000100010"))
                .body("organisations.oid", contains("1000038001"))
                .body("organisations.role", contains("OFFICIAL"))
                .body("organisations[0].organisationId", notNullValue())
                .body("organisations[0].shortName", equalTo("Администрация г. Иркутска"));
        given().auth().oauth2(Keycloak.mobileToken("org-admin")).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("organisations.oid", contains("1000038002"))
                .body("organisations.role", contains("ORG_ADMIN"));
    }

    @Test
    void platformRolesArriveAsRealmRoles() {
        for (String persona : List.of("operator", "moderator", "admin")) {
            String access = Keycloak.mobileToken(persona);
            given().auth().oauth2(access).when().get("/api/v1/me")
                    .then().statusCode(200)
                    .body("roles", contains(persona.toUpperCase()));
        }
    }

    @Test
    void anAuthorizationCodeIsExchangedOnlyOnce() {
        Pkce pkce = Pkce.create();
        String code = Keycloak.authorize("trusted-citizen", pkce.challenge());
        assertEquals(200, Keycloak.exchange(code, pkce.verifier()).status());

        Response replayed = Keycloak.exchange(code, pkce.verifier());
        assertEquals(400, replayed.status(), replayed.body());
        assertEquals("invalid_grant", replayed.json().get("error").asText());
    }

    @Test
    void aCodeIsRefusedToWhoeverLacksTheVerifier() {
        Pkce pkce = Pkce.create();
        String code = Keycloak.authorize("trusted-citizen", pkce.challenge());

        Response stolen = Keycloak.exchange(code, Pkce.create().verifier());
        assertEquals(400, stolen.status(), stolen.body());
        assertEquals("invalid_grant", stolen.json().get("error").asText());
    }

    @Test
    void theMobileClientMayNotSkipPkceNorUseAPlainChallenge() {
        Map<String, String> withoutPkce = new LinkedHashMap<>();
        withoutPkce.put("client_id", Keycloak.MOBILE);
        withoutPkce.put("redirect_uri", Keycloak.MOBILE_REDIRECT);
        withoutPkce.put("response_type", "code");
        withoutPkce.put("scope", "openid");
        assertRefusedAuthorization(withoutPkce);

        Map<String, String> plain = new LinkedHashMap<>(withoutPkce);
        plain.put("code_challenge", Pkce.create().verifier());
        plain.put("code_challenge_method", "plain");
        assertRefusedAuthorization(plain);
    }

    @Test
    void theMobileClientMayNotTakePasswordsDirectly() {
        Response direct = Keycloak.token(Keycloak.issuer(), Map.of("grant_type", "password", "client_id", Keycloak.MOBILE,
                "username", "trusted-citizen", "password", Keycloak.PASSWORD));
        assertTrue(direct.status() == 400 || direct.status() == 401, direct.body());
        assertEquals("unauthorized_client", direct.json().get("error").asText());
    }

    private static void assertRefusedAuthorization(Map<String, String> query) {
        String location = Keycloak.authorizationRedirect(query);
        assertTrue(location != null && location.startsWith(Keycloak.MOBILE_REDIRECT + "?") && location.contains("error=invalid_request"),
                "refused back to the app, not shown a login page: " + location);
    }
}
