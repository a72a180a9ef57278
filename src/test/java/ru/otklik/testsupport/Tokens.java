package ru.otklik.testsupport;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;

/**
 * ESIA-like access tokens for tests, signed by the dev/test key that the API trusts (or, for the unhappy paths,
 * by a foreign key, for another issuer, or already expired).
 */
public final class Tokens {

    public static final String ISSUER = "https://dev.otklik.local/issuer";

    private Tokens() {
    }

    public static String citizen(String oid) {
        return sign(person(oid, false));
    }

    public static String trustedCitizen(String oid) {
        return sign(person(oid, true));
    }

    public static String official(String oid, String organisationOid) {
        Map<String, Object> claims = person(oid, true);
        claims.put("urn:esia:orgs", List.of(Map.of("oid", organisationOid, "role", "OFFICIAL")));
        return sign(claims);
    }

    public static String orgAdmin(String oid, String organisationOid) {
        Map<String, Object> claims = person(oid, true);
        claims.put("urn:esia:orgs", List.of(Map.of("oid", organisationOid, "role", "ORG_ADMIN")));
        return sign(claims);
    }

    public static String withRole(String oid, String role) {
        Map<String, Object> claims = person(oid, true);
        claims.put("roles", List.of(role));
        return sign(claims);
    }

    public static String admin() {
        return withRole("1000900001", "ADMIN");
    }

    public static String moderator() {
        return withRole("1000900002", "MODERATOR");
    }

    public static String operator() {
        return withRole("1000900003", "OPERATOR");
    }

    /** The claims of a person with an invented name and contacts, ready to adjust. */
    public static Map<String, Object> person(String oid, boolean trusted) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", oid);
        claims.put("urn:esia:sbj_id", oid);
        claims.put("trusted", trusted);
        claims.put("name", "Тестов Тест Тестович");
        claims.put("family_name", "Тестов");
        claims.put("given_name", "Тест");
        claims.put("middle_name", "Тестович");
        claims.put("email", "test-" + oid + "@example.org");
        claims.put("phone_number", "+79990000000");
        claims.put("oktmo", "25701000001");
        return claims;
    }

    public static String sign(Map<String, Object> claims) {
        return sign(claims, trustedKey());
    }

    /** Signed by a key the API has never seen. */
    public static String forged(Map<String, Object> claims) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(claims, generator.generateKeyPair().getPrivate());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(Map<String, Object> custom, PrivateKey key) {
        Instant now = Instant.now();
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setClaim("iat", now.getEpochSecond());
        claims.setClaim("exp", now.plusSeconds(600).getEpochSecond());
        custom.forEach(claims::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setKey(key);
        try {
            return jws.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey trustedKey() {
        String base64 = ConfigProvider.getConfig().getValue("otklik-dev.signing-key", String.class);
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
