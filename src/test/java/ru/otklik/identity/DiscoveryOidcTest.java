package ru.otklik.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import ru.otklik.testsupport.Tokens;

@QuarkusTest
@TestProfile(DiscoveryOidcProfile.class)
class DiscoveryOidcTest {

    @Test
    void tokenVerifiedThroughDiscoveryAndJwksIsAccepted() {
        String token = Jwt.claims()
                .issuer("https://server.example.com")
                .subject("1000777001")
                .claim("urn:esia:sbj_id", "1000777001")
                .claim("trusted", true)
                .claim("roles", List.of("ADMIN"))
                .claim("urn:esia:orgs", List.of(Map.of("oid", "1000038001", "role", "OFFICIAL")))
                .jws().keyId("1")
                .sign("privateKey.jwk");
        given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("oid", equalTo("1000777001"))
                .body("roles", contains("ADMIN"))
                .body("organisations[0].shortName", equalTo("Администрация г. Иркутска"));
    }

    @Test
    void tokenOfTheDevKeyIsRefusedWhenAnIssuerIsConfigured() {
        given().auth().oauth2(Tokens.forged(Tokens.person("1000777002", true)))
                .when().get("/api/v1/me")
                .then().statusCode(401);
    }
}
