package ru.otklik.polls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.polls.service.PollSweeper;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Polls;
import ru.otklik.testsupport.Tokens;

/** Drafting, publishing and closing a poll through the kit, by whom, with which events; closing by time. */
@QuarkusTest
class PollLifecycleTest {

    private static final String PROBLEMS = "https://otklik.ru/problems/";

    @Inject
    Pool pool;

    @Inject
    PollSweeper sweeper;

    @Test
    void anOfficialDraftsEditsAndPublishesAPollAndEachStepIsAnEvent() {
        var created = Polls.create(Polls.official(), Polls.squarePoll()).statusCode(201)
                .body("status", equalTo("DRAFT"))
                .body("organisation.name", equalTo("Администрация г. Иркутска"))
                .body("allowedActions", equalTo(List.of("edit", "publish")))
                .body("questions[0].id", equalTo(1))
                .body("questions[0].options[2].id", equalTo(3))
                .body("questions[1].maxChoices", equalTo(3))
                .body("mayVote", equalTo(false)).body("whyNot", equalTo("NOT_OPEN"))
                .extract();
        long id = created.jsonPath().getLong("id");
        assertEquals(true, created.header("Location").endsWith("/api/v1/polls/" + id), created.header("Location"));
        Map<String, Object> edited = Polls.squarePoll();
        edited.put("title", "Какой сквер благоустроить в 2027 году, второй вариант");
        edited.put("questions", List.of(Polls.question("SINGLE", "Какой сквер?", true, Map.of("options", List.of("А", "Б")))));
        given().auth().oauth2(Polls.official()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(edited)
                .put("/api/v1/polls/" + id).then().statusCode(200).header("ETag", "\"1\"")
                .body("title", equalTo("Какой сквер благоустроить в 2027 году, второй вариант"))
                .body("questions.size()", equalTo(1));
        given().auth().oauth2(Polls.official()).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(edited)
                .put("/api/v1/polls/" + id).then().statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
        Polls.act(Polls.official(), id, "publish").statusCode(200)
                .body("status", equalTo("PUBLISHED")).body("open", equalTo(true))
                .body("allowedActions", equalTo(List.of("close")));
        Polls.edit(Polls.official(), id, edited).statusCode(409)
                .body("type", equalTo(PROBLEMS + "invalid-transition")).body("currentStatus", equalTo("PUBLISHED"));
        Polls.act(Polls.official(), id, "publish").statusCode(409).body("currentStatus", equalTo("PUBLISHED"));
        Polls.act(Polls.official(), id, "close").statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAt", not(nullValue())).body("allowedActions", emptyIterable());
        Polls.act(Polls.official(), id, "close").statusCode(409).body("currentStatus", equalTo("CLOSED"));
        List<Row> events = events(id);
        assertEquals(List.of("poll.created", "poll.edited", "poll.published", "poll.closed"),
                events.stream().map(row -> row.getString("type")).toList());
        assertEquals(List.of("OFFICIAL"), events.stream().map(row -> row.getString("actor_role")).distinct().toList());
        JsonObject payload = new JsonObject(events.get(3).getString("payload"));
        assertEquals(id, payload.getLong("pollId"));
        assertEquals("CLOSED", payload.getString("status"));
        assertEquals(organisation(id), payload.getLong("organisationId"));
    }

    @Test
    void anOrganisationAdministratorRunsPollsTooAndSomeoneActingForSeveralNamesTheOrganisation() {
        String admin = Tokens.orgAdmin(Numbers.oid(), "1000038001");
        long id = Polls.create(admin, Polls.squarePoll()).statusCode(201).extract().jsonPath().getLong("id");
        Polls.act(admin, id, "publish").statusCode(200);
        Map<String, Object> claims = Tokens.person(Numbers.oid(), true);
        claims.put("urn:esia:orgs", List.of(Map.of("oid", "1000038001", "role", "OFFICIAL"), Map.of("oid", "1000038003", "role", "OFFICIAL")));
        String both = Tokens.sign(claims);
        Polls.create(both, Polls.squarePoll()).statusCode(400).body("errors[0].field", equalTo("organisationId"));
        long angarsk = given().queryParam("q", "Ангарского городского округа").get("/api/v1/organisations")
                .then().extract().jsonPath().getLong("items[0].id");
        Map<String, Object> body = Polls.squarePoll();
        body.put("organisationId", angarsk);
        body.put("audience", Map.of("kind", "REGION"));
        Polls.create(both, body).statusCode(201).body("organisation.id", equalTo((int) angarsk))
                .body("audience.oktmoPrefixes", equalTo(List.of("25")));
        body.put("organisationId", 1);
        Polls.create(both, body).statusCode(403);
    }

    @Test
    void onlyTheOwningOrganisationSeesAndActsOnItsDraft() {
        long id = Polls.draft(Polls.squarePoll());
        String citizen = Polls.irkutskVoter();
        String otherOrganisation = Tokens.orgAdmin(Numbers.oid(), "1000038002");
        given().get("/api/v1/polls/" + id).then().statusCode(404).body("type", equalTo(PROBLEMS + "not-found"));
        given().auth().oauth2(citizen).get("/api/v1/polls/" + id).then().statusCode(404);
        given().auth().oauth2(otherOrganisation).get("/api/v1/polls/" + id).then().statusCode(404);
        Polls.act(otherOrganisation, id, "publish").statusCode(404);
        Polls.edit(citizen, id, Polls.squarePoll()).statusCode(404);
        Polls.results(citizen, id).statusCode(404);
        Polls.create(citizen, Polls.squarePoll()).statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"));
        given().contentType(ContentType.JSON).body(Polls.squarePoll()).post("/api/v1/polls").then().statusCode(401);
        given().auth().oauth2(Polls.official()).get("/api/v1/polls/" + id).then().statusCode(200);
        given().auth().oauth2(Polls.official()).queryParam("status", "DRAFT").get("/api/v1/polls")
                .then().statusCode(200).body("items.id", hasItem((int) id));
        given().queryParam("status", "DRAFT").get("/api/v1/polls").then().statusCode(200).body("items", emptyIterable());
        given().get("/api/v1/polls").then().statusCode(200).body("items.id", not(hasItem((int) id)));
        long published = Polls.published();
        Polls.act(citizen, published, "close").statusCode(403);
        Polls.act(otherOrganisation, published, "close").statusCode(403);
    }

    @Test
    void publishingChecksTheWholePollAndNamesEveryField() {
        Map<String, Object> body = Polls.squarePoll();
        body.remove("endsAt");
        body.put("startsAt", Instant.now().minus(10, ChronoUnit.MINUTES).toString());
        List<Map<String, Object>> questions = new ArrayList<>();
        questions.add(Polls.question("SINGLE", "Один вариант", true, Map.of("options", List.of("Только этот"))));
        questions.add(Polls.question("SCALE", "Шкала без конца", true, Map.of("scaleMin", 0)));
        body.put("questions", questions);
        long id = Polls.draft(body);
        Polls.act(Polls.official(), id, "publish").statusCode(400).body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", containsInAnyOrder("startsAt", "endsAt", "questions[0].options", "questions[1].scaleMax"));
        body.put("questions", List.of());
        body.put("startsAt", Instant.now().toString());
        body.put("endsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        Polls.edit(Polls.official(), id, body).statusCode(200);
        Polls.act(Polls.official(), id, "publish").statusCode(400).body("errors.field", equalTo(List.of("questions")));
        given().auth().oauth2(Polls.official()).get("/api/v1/polls/" + id).then().body("status", equalTo("DRAFT"));
        assertEquals(List.of("poll.created", "poll.edited"), events(id).stream().map(row -> row.getString("type")).toList());
    }

    @Test
    void aPollWhoseEndHasPassedIsClosedForEveryReaderAtOnceAndTheSweeperRecordsItOnce() {
        long id = Polls.published();
        String voter = Polls.irkutskVoter();
        Polls.vote(voter, id, Polls.choose(1)).statusCode(201);
        end(id);
        given().get("/api/v1/polls/" + id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("open", equalTo(false))
                .body("mayVote", equalTo(false)).body("whyNot", equalTo("SIGN_IN"));
        given().auth().oauth2(Polls.irkutskVoter()).get("/api/v1/polls/" + id).then().body("whyNot", equalTo("NOT_OPEN"));
        Polls.vote(Polls.irkutskVoter(), id, Polls.choose(1)).statusCode(409).body("type", equalTo(PROBLEMS + "conflict"));
        Polls.act(Polls.official(), id, "close").statusCode(409)
                .body("type", equalTo(PROBLEMS + "invalid-transition")).body("currentStatus", equalTo("CLOSED"));
        given().auth().oauth2(Polls.official()).get("/api/v1/polls/" + id).then().body("allowedActions", emptyIterable());
        given().queryParam("status", "CLOSED").queryParam("organisation", organisation(id)).queryParam("limit", 100)
                .get("/api/v1/polls").then().body("items.id", hasItem((int) id));
        given().queryParam("status", "PUBLISHED").queryParam("limit", 100).get("/api/v1/polls").then()
                .body("items.id", not(hasItem((int) id)));
        Polls.results(voter, id).statusCode(200).body("status", equalTo("CLOSED")).body("participants", equalTo(1));
        assertEquals("PUBLISHED", storedStatus(id), "nothing had to run for readers to see it closed");

        // two instances sweep at once: the closing is recorded once
        List<PollSweeper.Sweep> sweeps = Uni.join().all(sweeper.sweep(), sweeper.sweep()).andFailFast().await().indefinitely();
        assertEquals("CLOSED", storedStatus(id));
        List<Row> closed = events(id).stream().filter(row -> row.getString("type").equals("poll.closed")).toList();
        assertEquals(1, closed.size(), "one poll.closed, sweeps " + sweeps);
        assertEquals("EXPIRE", closed.get(0).getString("action"));
        assertEquals("PLATFORM", closed.get(0).getString("actor_role"));
        given().get("/api/v1/polls/" + id).then().body("closedAt", not(nullValue()));
        sweeper.sweep().await().indefinitely();
        assertEquals(1, events(id).stream().filter(row -> row.getString("type").equals("poll.closed")).count());
    }

    @Test
    void aPollThatHasNotStartedIsPublishedButNotOpen() {
        Map<String, Object> body = Polls.squarePoll();
        body.put("startsAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        body.put("endsAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
        long id = Polls.published(body);
        given().auth().oauth2(Polls.irkutskVoter()).get("/api/v1/polls/" + id).then()
                .body("status", equalTo("PUBLISHED")).body("open", equalTo(false)).body("whyNot", equalTo("NOT_OPEN"));
        Polls.vote(Polls.irkutskVoter(), id, Polls.choose(1)).statusCode(409);
        given().queryParam("openNow", true).queryParam("limit", 100).get("/api/v1/polls").then()
                .body("items.id", not(hasItem((int) id)));
        given().queryParam("openNow", false).queryParam("limit", 100).get("/api/v1/polls").then()
                .body("items.id", hasItem((int) id));
    }

    private void end(long id) {
        pool.preparedQuery("update poll set starts_at = now() - interval '2 hours', ends_at = now() - interval '1 second' where id = $1")
                .execute(Tuple.of(id)).await().indefinitely();
    }

    private String storedStatus(long id) {
        return pool.preparedQuery("select status from poll where id = $1").execute(Tuple.of(id)).await().indefinitely()
                .iterator().next().getString(0);
    }

    private long organisation(long id) {
        return pool.preparedQuery("select organisation_id from poll where id = $1").execute(Tuple.of(id)).await().indefinitely()
                .iterator().next().getLong(0);
    }

    private List<Row> events(long id) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("select type, action, actor_role, payload::text as payload from outbox_event "
                + "where aggregate_kind = 'poll' and aggregate_id = $1 order by id")
                .execute(Tuple.of(id)).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
