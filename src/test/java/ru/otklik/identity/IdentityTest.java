package ru.otklik.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
class IdentityTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void meDescribesACitizenFromEsiaClaims() {
        Map<String, Object> claims = Tokens.person("1000555001", true);
        claims.put("oktmo", "25703000001");
        given().auth().oauth2(Tokens.sign(claims))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("oid", equalTo("1000555001"))
                .body("trusted", equalTo(true))
                .body("name", equalTo("Тестов Тест Тестович"))
                .body("roles", empty())
                .body("organisations", empty())
                .body("oktmo", equalTo("25703000001"))
                .body("$", not(hasKey("email")))
                .body("$", not(hasKey("phone")));
    }

    @Test
    void meMatchesTheCallersOrganisationsToTheDirectory() {
        Map<String, Object> claims = Tokens.person("1000555002", true);
        claims.put("urn:esia:orgs", List.of(
                Map.of("oid", "1000038001", "role", "OFFICIAL"),
                Map.of("oid", "1000038002", "role", "ORG_ADMIN"),
                Map.of("oid", "5550000000", "role", "OFFICIAL"),
                Map.of("oid", "1000038003", "role", "JANITOR")));
        claims.put("roles", List.of("MODERATOR", "SOMETHING_ELSE"));
        given().auth().oauth2(Tokens.sign(claims))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("MODERATOR"))
                .body("organisations.oid", contains("1000038001", "1000038002", "5550000000"))
                .body("organisations.role", contains("OFFICIAL", "ORG_ADMIN", "OFFICIAL"))
                .body("organisations[0].organisationId", notNullValue())
                .body("organisations[0].shortName", equalTo("Администрация г. Иркутска"))
                .body("organisations[2].organisationId", nullValue());
    }

    @Test
    void keycloakRealmRolesAreUnderstoodToo() {
        Map<String, Object> claims = Tokens.person("1000555010", true);
        claims.put("realm_access", Map.of("roles", List.of("MODERATOR", "offline_access")));
        given().auth().oauth2(Tokens.sign(claims)).when().get("/api/v1/me")
                .then().statusCode(200).body("roles", contains("MODERATOR"));
    }

    @Test
    void aPartnersClientIsRecognisedByItsRealmRole() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "3f1c2b8e-partner-service-account");
        claims.put("azp", "otklik-partner-demo");
        claims.put("realm_access", Map.of("roles", List.of("PARTNER", "default-roles-otklik")));
        given().auth().oauth2(Tokens.sign(claims)).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", contains("PARTNER"))
                .body("trusted", equalTo(false));
    }

    @Test
    void oidFallsBackToSubjectAndTrustedMayBeAString() {
        Map<String, Object> claims = Tokens.person("1000555003", true);
        claims.remove("urn:esia:sbj_id");
        claims.put("trusted", "true");
        given().auth().oauth2(Tokens.sign(claims))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("oid", equalTo("1000555003"))
                .body("trusted", equalTo(true));
    }

    @Test
    void accountWithoutTrustedClaimIsNotConfirmed() {
        Map<String, Object> claims = Tokens.person("1000555004", true);
        claims.remove("trusted");
        given().auth().oauth2(Tokens.sign(claims)).when().get("/api/v1/me")
                .then().statusCode(200).body("trusted", equalTo(false));
    }

    @Test
    void missingTokenIsUnauthorizedProblem() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://otklik.ru/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("title", equalTo("Требуется аутентификация"));
    }

    @Test
    void expiredTokenIsUnauthorizedProblem() {
        Map<String, Object> claims = Tokens.person("1000555005", true);
        claims.put("iat", Instant.now().minusSeconds(7200).getEpochSecond());
        claims.put("exp", Instant.now().minusSeconds(3600).getEpochSecond());
        assertUnauthorized(Tokens.sign(claims));
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorizedProblem() {
        assertUnauthorized(Tokens.forged(Tokens.person("1000555006", true)));
    }

    @Test
    void tokenOfAnotherIssuerIsUnauthorizedProblem() {
        Map<String, Object> claims = Tokens.person("1000555007", true);
        claims.put("iss", "https://evil.example.org");
        assertUnauthorized(Tokens.sign(claims));
    }

    @Test
    void malformedTokenIsUnauthorizedProblem() {
        assertUnauthorized("not-a-jwt");
        assertUnauthorized("eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.");
    }

    @Test
    void tamperedTokenIsUnauthorizedProblem() {
        String token = Tokens.trustedCitizen("1000555008");
        String[] parts = token.split("\\.");
        String forgedPayload = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"sub\":\"1000555008\",\"trusted\":true,\"roles\":[\"ADMIN\"]}".getBytes());
        assertUnauthorized(parts[0] + "." + forgedPayload + "." + parts[2]);
    }

    @Test
    void invalidTokenIsRefusedEvenOnPublicEndpoints() {
        given().auth().oauth2(Tokens.forged(Tokens.person("1000555009", true)))
                .when().get("/api/v1/organisations")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void unauthorizedProblemSpeaksEnglishWhenAsked() {
        given().header("Accept-Language", "en-GB,en;q=0.9").when().get("/api/v1/me")
                .then().statusCode(401)
                .body("title", equalTo("Authentication required"));
        given().header("Accept-Language", "en").auth().oauth2("garbage").when().get("/api/v1/me")
                .then().statusCode(401)
                .body("title", equalTo("Authentication required"));
    }

    @Test
    void devTokenEndpointIssuesTokensTheApiAccepts() {
        given().when().get("/dev/tokens").then().statusCode(200)
                .body("persona", containsInAnyOrder("citizen", "trusted-citizen", "other-citizen", "official",
                        "org-admin", "operator", "moderator", "admin", "partner"));
        String token = given().accept("text/plain").when().get("/dev/tokens/org-admin")
                .then().statusCode(200).extract().asString();
        given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("organisations[0].role", equalTo("ORG_ADMIN"))
                .body("organisations[0].oid", equalTo("1000038002"));
        given().when().get("/dev/tokens/nobody").then().statusCode(404).contentType(PROBLEM);
    }

    private static void assertUnauthorized(String token) {
        given().auth().oauth2(token)
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/unauthorized"))
                .body("detail", notNullValue());
    }
}
