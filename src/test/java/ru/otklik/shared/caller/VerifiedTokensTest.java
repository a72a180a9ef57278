package ru.otklik.shared.caller;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.testsupport.Ownership;
import ru.otklik.testsupport.Parallel;
import ru.otklik.testsupport.Tokens;

/** A token verified once is not verified again, and is no weaker for it. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verified;

    @Test
    void aKnownTokenKeepsItsRolesAndOrganisations() {
        String token = Tokens.official("1000777001", Ownership.X);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200)
                    .body("oid", equalTo("1000777001"))
                    .body("organisations[0].role", equalTo("OFFICIAL"));
            given().auth().oauth2(token).when().get("/api/v1/appeals?scope=inbox").then().statusCode(200);
            assertNotNull(verified.find(token, System.currentTimeMillis()), "kept since its first request");
        }
        String moderator = Tokens.moderator();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(moderator).when().get("/api/v1/me").then().statusCode(200)
                    .body("roles", equalTo(List.of("MODERATOR")));
        }
    }

    @Test
    void aKeptTokenIsAnsweredFromTheStoreBeforeTheIdentityProviderIsAsked() {
        // a token the identity provider would refuse, put in the store by hand: accepted, so the store is asked first
        String forged = Tokens.forged(Tokens.person("1000777005", true));
        JwtClaims claims = new JwtClaims();
        claims.setSubject("1000777005");
        claims.setClaim("urn:esia:sbj_id", "1000777005");
        claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 + 600));
        verified.keep(QuarkusSecurityIdentity.builder().setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addCredential(new AccessTokenCredential(forged)).build(), System.currentTimeMillis());
        given().auth().oauth2(forged).when().get("/api/v1/me").then().statusCode(200).body("oid", equalTo("1000777005"));
    }

    @Test
    void theSameClaimsUnderAnotherSignatureAreRefusedAfterTheTokenIsKnown() {
        Map<String, Object> claims = Tokens.person("1000777002", true);
        String token = Tokens.sign(claims);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);

        String[] parts = token.split("\\.");
        char first = parts[2].charAt(10);
        String tampered = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (first == 'A' ? 'B' : 'A')
                + parts[2].substring(11);
        given().auth().oauth2(tampered).when().get("/api/v1/me").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.forged(claims)).when().get("/api/v1/me").then().statusCode(401);
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void parallelRequestsOfTwoPeopleEachGetTheirOwnIdentity() throws Exception {
        String first = Tokens.citizen("1000777003");
        String second = Tokens.trustedCitizen("1000777004");
        List<String> answers = Parallel.inParallel(40, new java.util.concurrent.Callable<>() {
            private final java.util.concurrent.atomic.AtomicInteger turn = new java.util.concurrent.atomic.AtomicInteger();

            @Override
            public String call() {
                boolean odd = turn.getAndIncrement() % 2 == 1;
                String oid = given().auth().oauth2(odd ? first : second).when().get("/api/v1/me").then().statusCode(200)
                        .extract().path("oid");
                return (odd ? "1000777003" : "1000777004") + "=" + oid;
            }
        });
        answers.forEach(answer -> assertEquals(answer.substring(0, 10), answer.substring(11), answer));
    }
}
