package ru.otklik.discussions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Discussions;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** Opening, reading, listing and closing discussions. */
@QuarkusTest
class DiscussionLifecycleTest {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    Pool pool;

    @Test
    void anOfficialOpensADiscussionForTheRegionThatAnyoneReads() {
        long ministry = Discussions.organisationId(Discussions.MINISTRY);
        Map<String, Object> draft = Discussions.draft("PRE");
        draft.put("document", Map.of("title", "Проект (PDF)", "url", "https://irkobl.ru/docs/skver.pdf"));
        draft.put("trustedOnly", true);
        var created = Discussions.open(Discussions.ministryOfficial(), draft).statusCode(201)
                .header("Location", containsString("/api/v1/discussions/"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("OPEN"))
                .body("organisation.id", equalTo((int) ministry))
                .body("organisation.name", equalTo("Минэнерго и ЖКХ Иркутской области"))
                .body("audience.kind", equalTo("REGION"))
                .body("audience.oktmoPrefixes", equalTo(List.of("25")))
                .body("moderation", equalTo("PRE"))
                .body("trustedOnly", equalTo(true))
                .body("document.url", equalTo("https://irkobl.ru/docs/skver.pdf"))
                .body("officiallyAnswered", equalTo(0))
                .body("allowedActions", equalTo(List.of("close")))
                .extract();
        long id = created.jsonPath().getLong("id");
        given().get("/api/v1/discussions/" + id).then().statusCode(200)
                .body("title", equalTo(draft.get("title")))
                .body("allowedActions", empty());
        given().auth().oauth2(Discussions.resident()).get("/api/v1/discussions/" + id).then().statusCode(200)
                .body("allowedActions", empty());
    }

    @Test
    void onlyOfficialsOfTheOrganisationMayOpenItsDiscussions() {
        Map<String, Object> draft = Discussions.draft("POST");
        Discussions.open(Discussions.resident(), draft).statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://otklik.ru/problems/forbidden"));
        Discussions.open(Tokens.orgAdmin(Numbers.oid(), Discussions.CITY_HALL), draft).statusCode(403);
        Discussions.open(Tokens.moderator(), draft).statusCode(403);
        given().contentType(ContentType.JSON).body(draft).post("/api/v1/discussions").then().statusCode(401);
    }

    @Test
    void badInputNamesTheFieldAndOpensNothing() {
        String admin = Discussions.ministryAdmin();
        Map<String, Object> noTitle = Discussions.draft("PRE");
        noTitle.remove("title");
        Discussions.open(admin, noTitle).statusCode(400).body("errors.field", hasItem("title"));
        Map<String, Object> noMode = Discussions.draft("PRE");
        noMode.remove("moderation");
        Discussions.open(admin, noMode).statusCode(400).body("errors.field", hasItem("moderation"));
        Map<String, Object> badMode = Discussions.draft("SOMETIMES");
        Discussions.open(admin, badMode).statusCode(400).body("errors.field", hasItem("moderation"));
        Map<String, Object> ftp = Discussions.draft("PRE");
        ftp.put("document", Map.of("title", "Проект", "url", "ftp://irkobl.ru/skver.pdf"));
        Discussions.open(admin, ftp).statusCode(400).body("errors.field", hasItem("document.url"));
        Map<String, Object> past = Discussions.draft("PRE");
        past.put("openUntil", Instant.now().minusSeconds(60).toString());
        Discussions.open(admin, past).statusCode(400).body("errors.field", hasItem("openUntil"));
        Map<String, Object> noPrefixes = Discussions.draft("PRE");
        noPrefixes.put("audience", Map.of("kind", "OKTMO"));
        Discussions.open(admin, noPrefixes).statusCode(400).body("errors.field", hasItem("audience.oktmoPrefixes"));
        Map<String, Object> regionWithPrefixes = Discussions.draft("PRE");
        regionWithPrefixes.put("audience", Map.of("kind", "REGION", "oktmoPrefixes", List.of("25701")));
        Discussions.open(admin, regionWithPrefixes).statusCode(400).body("errors.field", hasItem("audience.oktmoPrefixes"));
        Map<String, Object> letters = Discussions.draft("PRE");
        letters.put("audience", Map.of("kind", "OKTMO", "oktmoPrefixes", List.of("irkutsk")));
        Discussions.open(admin, letters).statusCode(400).body("errors.field", hasItem(containsString("audience.oktmoPrefixes")));
        Map<String, Object> twoRegions = Discussions.draft("PRE");
        twoRegions.put("audience", Map.of("kind", "OKTMO", "oktmoPrefixes", List.of("25701", "04701")));
        Discussions.open(admin, twoRegions).statusCode(400).body("errors.field", hasItem("audience.oktmoPrefixes"));
        Map<String, Object> unknown = Discussions.draft("PRE");
        unknown.put("organisationId", 987654321);
        Discussions.open(admin, unknown).statusCode(400).body("errors.field", hasItem("organisationId"));
        for (Map<String, Object> body : List.of(noTitle, ftp, past, noPrefixes)) {
            if (body.get("title") != null) {
                given().queryParam("q", body.get("title")).get("/api/v1/discussions").then().statusCode(200)
                        .body("items", empty());
            }
        }
    }

    @Test
    void aClosedDiscussionStaysReadableAndTakesNoCommentsOrReactions() {
        long id = Discussions.open("POST");
        String resident = Discussions.resident();
        long comment = Discussions.posted(resident, id, "Предлагаю добавить велопарковку", null);
        given().auth().oauth2(Discussions.resident()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/discussions/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(Tokens.official(Numbers.oid(), Discussions.CITY_HALL)).contentType(ContentType.JSON)
                .body(Map.of()).post("/api/v1/discussions/" + id + "/close").then().statusCode(403);
        given().auth().oauth2(Discussions.ministryOfficial()).contentType(ContentType.JSON)
                .body(Map.of("summary", "Велопарковка включена в проект")).post("/api/v1/discussions/" + id + "/close")
                .then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("summary", equalTo("Велопарковка включена в проект"))
                .body("closedAt", not(nullValue()))
                .body("allowedActions", empty());
        given().get("/api/v1/discussions/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));
        Discussions.page(null, id, Map.of()).statusCode(200).body("items[0].id", equalTo((int) comment));
        Discussions.comment(resident, id, "Ещё одно предложение", null).statusCode(409)
                .body("type", equalTo("https://otklik.ru/problems/conflict"))
                .body("detail", containsString("закрыто"));
        Discussions.react(Discussions.resident(), comment, "LIKE").statusCode(409);
        given().auth().oauth2(Discussions.ministryOfficial()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/discussions/" + id + "/close").then().statusCode(409)
                .body("type", equalTo("https://otklik.ru/problems/invalid-transition"))
                .body("currentStatus", equalTo("CLOSED"));
        assertEquals(List.of("discussion.opened", "discussion.closed"), events("discussion", id).stream()
                .map(row -> row.getString("type")).toList());
    }

    @Test
    void aDiscussionOpenUntilADateReadsClosedOnceItHasPassedWithoutAJob() {
        Map<String, Object> draft = Discussions.draft("POST");
        draft.put("openUntil", Instant.now().plusSeconds(3600).toString());
        long id = Discussions.open(Discussions.ministryAdmin(), draft).statusCode(201).extract().jsonPath().getLong("id");
        String resident = Discussions.resident();
        long comment = Discussions.posted(resident, id, "Успею до окончания срока", null);
        pool.preparedQuery("update discussion set open_until = now() - interval '1 minute' where id = $1")
                .execute(Tuple.of(id)).await().indefinitely();
        given().get("/api/v1/discussions/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("allowedActions", empty());
        Discussions.comment(resident, id, "Опоздал", null).statusCode(409);
        Discussions.react(Discussions.resident(), comment, "LIKE").statusCode(409);
        given().queryParam("status", "OPEN").queryParam("q", draft.get("title")).get("/api/v1/discussions").then()
                .statusCode(200).body("items", empty());
        given().queryParam("status", "CLOSED").queryParam("q", draft.get("title")).get("/api/v1/discussions").then()
                .statusCode(200).body("items[0].id", equalTo((int) id)).body("items[0].status", equalTo("CLOSED"));
        given().auth().oauth2(Discussions.ministryAdmin()).contentType(ContentType.JSON).body(Map.of())
                .post("/api/v1/discussions/" + id + "/close").then().statusCode(409)
                .body("currentStatus", equalTo("CLOSED"));
    }

    @Test
    void theListFiltersByOrganisationStatusPlaceAndText() {
        String word = "Тополиная" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "а");
        Map<String, Object> region = Discussions.draft("POST");
        region.put("title", "Аллея " + word + " для всей области");
        long regional = Discussions.open(Discussions.ministryAdmin(), region).statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> city = Discussions.draft("POST");
        city.put("title", "Аллея " + word + " в Иркутске");
        city.put("audience", Map.of("kind", "OKTMO", "oktmoPrefixes", List.of("25701")));
        long irkutsk = Discussions.open(Discussions.ministryAdmin(), city).statusCode(201).extract().jsonPath().getLong("id");
        given().queryParam("q", word).get("/api/v1/discussions").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) irkutsk, (int) regional)));
        given().queryParam("q", word).queryParam("oktmo", "25703000001").get("/api/v1/discussions").then()
                .statusCode(200).body("items.id", equalTo(List.of((int) regional)));
        given().queryParam("q", word).queryParam("oktmo", "25701000001").get("/api/v1/discussions").then()
                .statusCode(200).body("items.id", equalTo(List.of((int) irkutsk, (int) regional)));
        given().queryParam("q", word).queryParam("organisation", Discussions.organisationId(Discussions.CITY_HALL))
                .get("/api/v1/discussions").then().statusCode(200).body("items", empty());
        given().queryParam("q", word).queryParam("organisation", Discussions.organisationId(Discussions.MINISTRY))
                .queryParam("status", "OPEN").queryParam("limit", 1).get("/api/v1/discussions").then()
                .statusCode(200).body("items.id", equalTo(List.of((int) irkutsk))).body("nextCursor", not(nullValue()));
        given().queryParam("status", "SOMETIMES").queryParam("oktmo", "irk").queryParam("limit", 0)
                .get("/api/v1/discussions").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("limit", "oktmo", "status"));
        given().queryParam("cursor", "garbage").get("/api/v1/discussions").then().statusCode(400)
                .body("errors.field", equalTo(List.of("cursor")));
    }

    @Test
    void aRetriedOpeningOpensOneDiscussionAndItsEventsCarryNoPersonalData() {
        Map<String, Object> draft = Discussions.draft("PRE");
        String key = UUID.randomUUID().toString();
        String admin = Tokens.orgAdmin("1000200077", Discussions.MINISTRY);
        long first = given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON).body(draft)
                .post("/api/v1/discussions").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(admin).header("Idempotency-Key", key).contentType(ContentType.JSON).body(draft)
                .post("/api/v1/discussions").then().statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/discussions/" + first));
        List<Row> events = events("discussion", first);
        assertEquals(1, events.size());
        assertEquals(Discussions.organisationId(Discussions.MINISTRY), events.get(0).getLong("organisation_id"));
        assertFalse(events.get(0).getString("payload").contains("1000200077"), events.get(0).getString("payload"));
    }

    private List<Row> events(String kind, long id) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("select type, organisation_id, subject_oid, payload::text as payload from outbox_event "
                + "where aggregate_kind = $1 and aggregate_id = $2 order by id")
                .execute(Tuple.of(kind, id)).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
