package ru.otklik.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Audit;
import ru.otklik.testsupport.Calendars;
import ru.otklik.testsupport.Directory;
import ru.otklik.testsupport.Discussions;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Receiver;
import ru.otklik.testsupport.Tokens;
import ru.otklik.testsupport.Webhooks;

/**
 * Every kind of privileged action leaves exactly one audit entry with who, what and the changed fields; a refused
 * action leaves none; only administrators read the trail; texts and names never reach it. Each test acts as a person
 * of its own (a fresh oid), and reads back only that person's entries.
 */
@QuarkusTest
class AuditTrailTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void organisationCreateUpdateAndDeleteLeaveOneEntryEachWithTheChangedFields() {
        String oid = Numbers.oid();
        String admin = Tokens.withRole(oid, "ADMIN");
        Map<String, Object> body = Directory.organisation("Аудит " + oid, "25701000");
        long id = given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> changed = new HashMap<>(body);
        changed.put("verified", false);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(changed)
                .put("/api/v1/organisations/" + id).then().statusCode(200);
        given().auth().oauth2(admin).delete("/api/v1/organisations/" + id).then().statusCode(204);

        List<Map<String, Object>> entries = Audit.by(oid);
        assertEquals(List.of("organisation.deleted", "organisation.updated", "organisation.created"),
                entries.stream().map(entry -> entry.get("action")).toList());
        entries.forEach(entry -> {
            assertEquals("organisation", entry.get("objectType"));
            assertEquals(id, ((Number) entry.get("objectId")).longValue());
            assertEquals("ADMIN", entry.get("actorRole"));
            assertNotNull(entry.get("occurredAt"));
        });
        Map<String, Object> created = entries.get(2);
        assertNull(created.get("before"));
        assertEquals("Аудит " + oid, field(created, "after", "shortName"));
        Map<String, Object> updated = entries.get(1);
        assertEquals(Map.of("verified", true), updated.get("before"), "only the changed field");
        assertEquals(Map.of("verified", false), updated.get("after"));
        Map<String, Object> deleted = entries.get(0);
        assertEquals(false, field(deleted, "before", "verified"));
        assertNull(deleted.get("after"));
    }

    @Test
    void categoryAndRoutingRuleChangesAreAudited() {
        String oid = Numbers.oid();
        String admin = Tokens.withRole(oid, "ADMIN");
        long category = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "audit." + oid, "name", "Аудит", "deadlineDays", 10))
                .post("/api/v1/categories").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "audit." + oid, "name", "Аудит", "deadlineDays", 20))
                .put("/api/v1/categories/" + category).then().statusCode(200);
        long organisation = Directory.create(Directory.organisation("Маршрут " + oid, "25701000"));
        long rule = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("categoryId", category, "oktmoPrefix", "25701", "organisationId", organisation))
                .post("/api/v1/routing-rules").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).delete("/api/v1/routing-rules/" + rule).then().statusCode(204);

        List<Map<String, Object>> entries = Audit.by(oid);
        assertEquals(List.of("routing_rule.deleted", "routing_rule.created", "category.updated", "category.created"),
                entries.stream().map(entry -> entry.get("action")).toList());
        assertEquals(Map.of("deadlineDays", 10), entries.get(2).get("before"));
        assertEquals(Map.of("deadlineDays", 20), entries.get(2).get("after"));
        assertEquals(Map.of("categoryId", category, "oktmoPrefix", "25701", "organisationId", organisation),
                longs(entries.get(1).get("after")));
        assertEquals(longs(entries.get(1).get("after")), longs(entries.get(0).get("before")));
        assertEquals(rule, ((Number) entries.get(0).get("objectId")).longValue());
    }

    @Test
    void aRefusedOrFailedPrivilegedActionLeavesNoEntry() {
        String oid = Numbers.oid();
        String admin = Tokens.withRole(oid, "ADMIN");
        Map<String, Object> body = Directory.organisation("Дубль " + oid, "25701000");
        Directory.create(body);
        // the same INN again: 409 and nothing written
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                .post("/api/v1/organisations").then().statusCode(409);
        given().auth().oauth2(admin).delete("/api/v1/routing-rules/999999999").then().statusCode(404);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("categoryId", 999999999, "oktmoPrefix", "25", "organisationId", 1))
                .post("/api/v1/routing-rules").then().statusCode(400);

        long appeal = Appeals.filePothole(Tokens.trustedCitizen(Numbers.oid()));
        String moderatorOid = Numbers.oid();
        String moderator = Tokens.withRole(moderatorOid, "MODERATOR");
        Appeals.act(moderator, appeal, "moderate", Map.of("decision", "APPROVE")).statusCode(200);
        // moderated already: the table refuses a second decision
        Appeals.act(moderator, appeal, "moderate", Map.of("decision", "APPROVE")).statusCode(409);

        assertEquals(List.of(), Audit.by(oid));
        assertEquals(1, Audit.by(moderatorOid).size());
    }

    @Test
    void anAppealsModerationIsAuditedWithItsStatusNeverItsText() {
        String text = "Секретный текст обращения " + Numbers.oid() + ", Иванов Иван, +79990000000";
        long appeal = Appeals.file(Tokens.trustedCitizen(Numbers.oid()), Appeals.pothole(text)).statusCode(201)
                .extract().jsonPath().getLong("id");
        String oid = Numbers.oid();
        Appeals.act(Tokens.withRole(oid, "MODERATOR"), appeal, "moderate", Map.of("decision", "APPROVE")).statusCode(200);

        String raw = Audit.page(Map.of("objectType", "appeal", "objectId", appeal)).asString();
        List<Map<String, Object>> entries = Audit.entries(Map.of("objectType", "appeal", "objectId", appeal));
        assertEquals(1, entries.size(), "filing is not privileged; moderation is");
        Map<String, Object> entry = entries.get(0);
        assertEquals("appeal.registered", entry.get("action"));
        assertEquals(oid, entry.get("actorOid"));
        assertEquals("MODERATOR", entry.get("actorRole"));
        assertEquals(Map.of("status", "SUBMITTED"), entry.get("before"));
        assertEquals("REGISTERED", field(entry, "after", "status"));
        assertNotNull(field(entry, "after", "dueDate"));
        assertNotNull(entry.get("eventId"), "derived from the outbox event of the same transaction");
        assertFalse(raw.contains("Секретный"), raw);
        assertFalse(raw.contains("Иванов"), raw);
        assertFalse(raw.contains("ул. Ленина"), raw);
    }

    @Test
    void aCommentsModerationIsAuditedNeverItsText() {
        long discussion = Discussions.open("PRE");
        String text = "Комментарий для аудита " + Numbers.oid() + " от Петрова";
        long comment = Discussions.posted(Discussions.resident(), discussion, text, null);
        String oid = Numbers.oid();
        Discussions.act(Tokens.withRole(oid, "MODERATOR"), comment, "moderate",
                Map.of("decision", "HIDE", "reason", "OFF_TOPIC")).statusCode(200);

        List<Map<String, Object>> entries = Audit.by(oid);
        assertEquals(1, entries.size());
        assertEquals("comment.hidden", entries.get(0).get("action"));
        assertEquals(comment, ((Number) entries.get(0).get("objectId")).longValue());
        assertEquals(Map.of("status", "PENDING"), entries.get(0).get("before"));
        assertEquals("HIDDEN", field(entries.get(0), "after", "status"));
        String raw = Audit.page(Map.of("actor", oid)).asString();
        assertFalse(raw.contains("Комментарий для аудита"), raw);
        assertFalse(raw.contains("Петрова"), raw);
    }

    @Test
    void partnerAndWebhookChangesAreAuditedWithoutSecrets() {
        String oid = Numbers.oid();
        String admin = Tokens.withRole(oid, "ADMIN");
        long organisation = Partners.organisationId(Appeals.IRKUTSK_CITY_HALL);
        String clientId = Partners.newClientId();
        long partner = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Partners.registration(clientId, List.of(organisation)))
                .post("/api/v1/partners").then().statusCode(201).extract().jsonPath().getLong("id");
        try (Receiver receiver = Receiver.start()) {
            var own = Webhooks.subscribe(Partners.token(clientId), receiver, "appeal.*");
            String secret = own.getString("secret");
            long subscription = Webhooks.subscribe(admin, Map.of("url", receiver.url(), "eventTypes", List.of("poll.*"),
                    "partnerId", partner)).statusCode(201).extract().jsonPath().getLong("id");
            given().auth().oauth2(admin).delete("/api/v1/webhooks/" + subscription).then().statusCode(204);

            List<Map<String, Object>> mine = Audit.by(oid);
            assertEquals(List.of("webhook.deleted", "webhook.created", "partner.created"),
                    mine.stream().map(entry -> entry.get("action")).toList());
            assertEquals(List.of(organisation), longList(field(mine.get(2), "after", "organisationIds")));
            List<Map<String, Object>> partners = Audit.entries(Map.of("objectType", "webhook", "objectId", own.getLong("id")));
            assertEquals(1, partners.size());
            assertEquals("PARTNER", partners.get(0).get("actorRole"));
            assertEquals(List.of("appeal.*"), field(partners.get(0), "after", "eventTypes"));
            String all = Audit.page(Map.of("actor", oid)).asString()
                    + Audit.page(Map.of("objectType", "webhook", "objectId", own.getLong("id"))).asString();
            assertFalse(all.contains(secret), "no secret in the trail");
            assertFalse(all.contains("whsec_"), all);
        }
    }

    @Test
    void aCalendarLoadIsAuditedAsTheAdministratorsAction() {
        String oid = Numbers.oid();
        Calendars.put(Tokens.withRole(oid, "ADMIN"), 2091, Calendars.provisional(2091)).statusCode(201);
        List<Map<String, Object>> entries = Audit.entries(Map.of("objectType", "calendar", "objectId", 2091));
        assertEquals(1, entries.size());
        assertEquals("calendar.year_loaded", entries.get(0).get("action"));
        assertEquals(oid, entries.get(0).get("actorOid"));
        assertNull(entries.get(0).get("before"));
        assertEquals("PROVISIONAL", field(entries.get(0), "after", "status"));
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        given().get("/api/v1/audit").then().statusCode(401).contentType(PROBLEM);
        for (String token : List.of(Tokens.trustedCitizen(Numbers.oid()), Tokens.moderator(), Tokens.operator(),
                Appeals.official(), Partners.token(Partners.SAMPLE_CLIENT))) {
            given().auth().oauth2(token).get("/api/v1/audit").then().statusCode(403).contentType(PROBLEM);
        }
    }

    @Test
    void pagesFollowOneAnotherNewestFirstAndFiltersAreChecked() {
        String oid = Numbers.oid();
        String admin = Tokens.withRole(oid, "ADMIN");
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("code", "audit.page." + oid + "." + i, "name", "Страница " + i, "deadlineDays", 10))
                    .post("/api/v1/categories").then().statusCode(201);
        }
        var first = Audit.page(Map.of("actor", oid, "limit", 2)).jsonPath();
        assertEquals(2, first.getList("items").size());
        String cursor = first.getString("nextCursor");
        assertNotNull(cursor);
        var second = Audit.page(Map.of("actor", oid, "limit", 2, "cursor", cursor)).jsonPath();
        assertEquals(1, second.getList("items").size());
        assertNull(second.getString("nextCursor"));
        List<Long> ids = new java.util.ArrayList<>(first.getList("items.id", Long.class));
        ids.addAll(second.getList("items.id", Long.class));
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids, "newest first");
        assertEquals(3, Audit.entries(Map.of("actor", oid, "from", "2000-01-01T00:00:00Z", "to", "2999-01-01T00:00:00+03:00")).size());
        assertEquals(0, Audit.entries(Map.of("actor", oid, "to", "2000-01-01T00:00:00Z")).size());

        given().auth().oauth2(Tokens.admin()).queryParam("from", "yesterday").get("/api/v1/audit")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("from"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectId", 5).get("/api/v1/audit")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("objectType"));
        given().auth().oauth2(Tokens.admin()).queryParam("objectType", "citizen").get("/api/v1/audit")
                .then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(Tokens.admin()).queryParam("cursor", "dB85OTk5OTk5OTk5OTk5OTk5OR8x").get("/api/v1/audit")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("cursor"));
    }

    @SuppressWarnings("unchecked")
    private static Object field(Map<String, Object> entry, String side, String name) {
        return ((Map<String, Object>) entry.get(side)).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> longs(Object fields) {
        Map<String, Object> result = new HashMap<>();
        ((Map<String, Object>) fields).forEach((key, value) -> result.put(key,
                value instanceof Number number ? (Object) number.longValue() : value));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static List<Long> longList(Object values) {
        return ((List<Number>) values).stream().map(Number::longValue).toList();
    }
}
