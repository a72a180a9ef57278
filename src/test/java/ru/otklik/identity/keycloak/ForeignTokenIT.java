package ru.otklik.identity.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import ru.otklik.testsupport.Keycloak;
import ru.otklik.testsupport.KeycloakAdmin;
import ru.otklik.testsupport.KeycloakProfile;

/**
 * Tokens that look right but are not for the API: issued by another realm of the same server, issued by the right
 * realm for another application, or signed by a key the realm never had. Each claims to be the platform admin.
 */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class ForeignTokenIT {

    private static final String ADMIN_OID = "1000100022";

    @Test
    void aTokenOfAnotherRealmIsUnauthorized() {
        String realm = "elsewhere-" + UUID.randomUUID().toString().substring(0, 8);
        KeycloakAdmin.createRealm(Map.of("realm", realm, "enabled", true, "clients", List.of(Map.of(
                "clientId", "intruder", "secret", "intruder-secret", "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "protocolMappers", List.of(audience("otklik-api"), pretendsToBeTheAdmin())))));
        try {
            String token = Keycloak.clientToken(Keycloak.server() + "/realms/" + realm, "intruder", "intruder-secret");
            assertTrue(Keycloak.audiences(token).contains("otklik-api"), "only the realm differs");
            assertEquals(ADMIN_OID, Keycloak.claims(token).get("urn:esia:sbj_id").asText());
            assertUnauthorized(token);
        } finally {
            KeycloakAdmin.deleteRealm(realm);
        }
    }

    @Test
    void aTokenOfTheRealmForAnotherApplicationIsUnauthorized() {
        String clientId = "another-app-" + UUID.randomUUID().toString().substring(0, 8);
        String id = KeycloakAdmin.createClient(Map.of(
                "clientId", clientId, "secret", "another-app-secret", "publicClient", false,
                "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                "defaultClientScopes", List.of("basic", "roles"),
                "protocolMappers", List.of(audience("otklik-portal"), pretendsToBeTheAdmin())));
        try {
            String token = Keycloak.clientToken(Keycloak.issuer(), clientId, "another-app-secret");
            assertEquals(Keycloak.issuer(), Keycloak.claims(token).get("iss").asText(), "only the audience differs");
            assertEquals(List.of("otklik-portal"), Keycloak.audiences(token));
            assertUnauthorized(token);
        } finally {
            KeycloakAdmin.deleteClient(id);
        }
    }

    @Test
    void aTokenSignedByAKeyTheRealmNeverHadIsUnauthorized() throws Exception {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(Keycloak.issuer());
        claims.setAudience("otklik-api");
        claims.setSubject(ADMIN_OID);
        claims.setClaim("urn:esia:sbj_id", ADMIN_OID);
        claims.setClaim("trusted", true);
        claims.setClaim("realm_access", Map.of("roles", List.of("ADMIN")));
        claims.setClaim("iat", Instant.now().getEpochSecond());
        claims.setClaim("exp", Instant.now().plusSeconds(300).getEpochSecond());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKeyIdHeaderValue("forged-" + UUID.randomUUID());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        jws.setKey(generator.generateKeyPair().getPrivate());
        assertUnauthorized(jws.getCompactSerialization());
    }

    @Test
    void aTokenOfTheRightRealmAndAudienceIsAccepted() {
        String token = Keycloak.mobileToken("admin");
        assertTrue(Keycloak.audiences(token).contains("otklik-api"));
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).body("oid", equalTo(ADMIN_OID));
    }

    private static Map<String, Object> audience(String audience) {
        return Map.of("name", "audience", "protocol", "openid-connect", "protocolMapper", "oidc-audience-mapper",
                "config", Map.of("included.custom.audience", audience, "access.token.claim", "true", "id.token.claim", "false"));
    }

    private static Map<String, Object> pretendsToBeTheAdmin() {
        return Map.of("name", "esia oid", "protocol", "openid-connect", "protocolMapper", "oidc-hardcoded-claim-mapper",
                "config", Map.of("claim.name", "urn:esia:sbj_id", "claim.value", ADMIN_OID, "jsonType.label", "String",
                        "access.token.claim", "true"));
    }

    private static void assertUnauthorized(String token) {
        given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://otklik.ru/problems/unauthorized"))
                .body("status", equalTo(401));
    }
}
