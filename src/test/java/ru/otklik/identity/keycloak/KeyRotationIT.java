package ru.otklik.identity.keycloak;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import ru.otklik.testsupport.Keycloak;
import ru.otklik.testsupport.KeycloakAdmin;
import ru.otklik.testsupport.KeycloakAdmin.SigningKey;
import ru.otklik.testsupport.KeycloakProfile;

/** The realm's signing key is replaced while the API runs: no restart, no one logged out, the old key retired. */
@QuarkusTest
@TestProfile(KeycloakProfile.class)
class KeyRotationIT {

    /** The API forgets keys after 2 s in the test profile (a cleaner runs every second). */
    private static final Duration RETIREMENT = Duration.ofSeconds(30);

    @Test
    void aNewKeyIsAcceptedAtOnceAndARemovedKeyIsRefused() throws InterruptedException {
        SigningKey old = KeycloakAdmin.activeSigningKey();
        String before = Keycloak.mobileToken("trusted-citizen");
        assertEquals(old.kid(), Keycloak.header(before).get("kid").asText());
        me(before).statusCode(200);

        KeycloakAdmin.addSigningKeyAbove(old);
        String after = Keycloak.mobileToken("trusted-citizen");
        assertNotEquals(old.kid(), Keycloak.header(after).get("kid").asText(), "the new key signs from now on");
        me(after).statusCode(200).body("oid", equalTo("1000100002"));
        me(before).statusCode(200);

        KeycloakAdmin.removeKey(old);
        Instant deadline = Instant.now().plus(RETIREMENT);
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = me(before).extract().statusCode();
        }
        me(before).statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("https://otklik.ru/problems/unauthorized"));
        me(after).statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse me(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/me").then();
    }
}
