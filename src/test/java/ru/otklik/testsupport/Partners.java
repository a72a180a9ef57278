package ru.otklik.testsupport;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Integration partners: registered through the API by an administrator, and their client-credentials tokens. */
public final class Partners {

    /** The partner of the sample data (db/dev/R__dev_partners.sql), acting for Администрация г. Иркутска. */
    public static final String SAMPLE_CLIENT = "irkutsk-city-crm";

    private Partners() {
    }

    public static String newClientId() {
        return "test-client-" + Numbers.oid();
    }

    public static Map<String, Object> registration(String clientId, List<Long> organisationIds) {
        Map<String, Object> body = new HashMap<>();
        body.put("clientId", clientId);
        body.put("displayName", "Тестовый партнёр " + clientId);
        body.put("organisationIds", organisationIds);
        body.put("requestsPerMinute", 600);
        return body;
    }

    /** Registers a partner for these organisations (with their subtrees); its id. */
    public static long register(String clientId, Long... organisationIds) {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(registration(clientId, List.of(organisationIds)))
                .when().post("/api/v1/partners")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** A client-credentials token of this client, as Keycloak issues them: a service account, azp, role PARTNER. */
    public static String token(String clientId) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("sub", "service-account-" + clientId);
        claims.put("azp", clientId);
        claims.put("roles", List.of("PARTNER"));
        return Tokens.sign(claims);
    }

    /** A fresh partner for these organisations, and its token. */
    public static String registeredToken(Long... organisationIds) {
        String clientId = newClientId();
        register(clientId, organisationIds);
        return token(clientId);
    }

    /**
     * A parent organisation with a subordinate that handles a topic of its own in a municipality of its own: appeals
     * filed with {@link Tree#appeal} go to the child.
     */
    public record Tree(long parentId, long childId, String childEsiaOid, long categoryId, String oktmo) {

        /** An official of the child organisation, which handles the tree's appeals. */
        public String official() {
            return Tokens.official(Numbers.oid(), childEsiaOid);
        }

        /** Filed by a new citizen and registered by a moderator: its id. */
        public long registeredAppeal(String text) {
            long id = Appeals.file(Tokens.trustedCitizen(Numbers.oid()), appeal(text)).statusCode(201)
                    .extract().jsonPath().getLong("id");
            Appeals.register(id);
            return id;
        }

        public Map<String, Object> appeal(String text) {
            Map<String, Object> body = Appeals.pothole(text);
            body.put("categoryId", categoryId);
            body.put("oktmo", oktmo);
            return body;
        }
    }

    public static Tree tree() {
        String prefix = Numbers.oktmoPrefix();
        Map<String, Object> parent = Directory.organisation("Родитель " + prefix, prefix + "000");
        parent.put("kind", "LOCAL_GOVERNMENT");
        long parentId = Directory.create(parent);
        Map<String, Object> child = Directory.organisation("Подведомственное " + prefix, prefix + "000");
        String childEsiaOid = "9" + Numbers.oid();
        child.put("parentId", parentId);
        child.put("esiaOid", childEsiaOid);
        long childId = Directory.create(child);
        long categoryId = Directory.createCategory("test.partner-" + prefix + "-" + Numbers.oid(), null, 10);
        Directory.createRule(categoryId, prefix, childId);
        return new Tree(parentId, childId, childEsiaOid, categoryId, prefix + "000001");
    }

    /** The directory id of an organisation by its ESIA oid. */
    public static long organisationId(String esiaOid) {
        String token = Tokens.official("1000199999", esiaOid);
        return given().auth().oauth2(token).when().get("/api/v1/me")
                .then().statusCode(200).extract().jsonPath().getLong("organisations[0].organisationId");
    }
}
