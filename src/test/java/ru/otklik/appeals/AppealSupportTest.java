package ru.otklik.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.testsupport.Parallel.inParallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.MapAppeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** "Me too": one support per person, withdrawn at will, counted where the organisation and the map look. */
@QuarkusTest
class AppealSupportTest {

    @Inject
    Pool pool;

    private static ValidatableResponse support(String token, long id) {
        return given().auth().oauth2(token).post("/api/v1/appeals/" + id + "/supporters").then();
    }

    private static ValidatableResponse withdraw(String token, long id) {
        return given().auth().oauth2(token).delete("/api/v1/appeals/" + id + "/supporters/me").then();
    }

    private static long pothole(double[] spot) {
        return MapAppeals.pothole(Tokens.trustedCitizen(Numbers.oid()), spot[0], spot[1]);
    }

    @Test
    void aResidentSupportsAnOpenAppealOnceAndEveryoneWhoLooksSeesTheCount() {
        double[] spot = MapAppeals.spot();
        long id = pothole(spot);
        String neighbour = Tokens.citizen(Numbers.oid());

        support(neighbour, id).statusCode(201).body("appealId", equalTo((int) id)).body("supporters", equalTo(1))
                .body("supported", equalTo(true));
        support(neighbour, id).statusCode(200).body("supporters", equalTo(1));
        support(Tokens.citizen(Numbers.oid()), id).statusCode(201).body("supporters", equalTo(2));

        given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().statusCode(200)
                .body("supporters", equalTo(2));
        given().queryParam("lat", spot[0]).queryParam("lon", spot[1]).get("/api/v1/appeals/nearby").then()
                .body("markers[0].supporters", equalTo(2));
    }

    @Test
    void parallelSupportsOfOnePersonLeaveOneSupport() throws Exception {
        long id = pothole(MapAppeals.spot());
        String neighbour = Tokens.citizen(Numbers.oid());
        List<Response> responses = inParallel(10,
                () -> given().auth().oauth2(neighbour).post("/api/v1/appeals/" + id + "/supporters"));
        List<Integer> statuses = new ArrayList<>(responses.stream().map(Response::statusCode).sorted().toList());
        assertEquals(201, statuses.remove(statuses.size() - 1), statuses.toString());
        assertTrue(statuses.stream().allMatch(status -> status == 200), statuses.toString());
        assertEquals(1, rows(id));
        support(Tokens.citizen(Numbers.oid()), id).statusCode(201).body("supporters", equalTo(2));
    }

    @Test
    void parallelSupportsOfManyPeopleAreAllCounted() throws Exception {
        long id = pothole(MapAppeals.spot());
        List<Response> responses = inParallel(8,
                () -> given().auth().oauth2(Tokens.citizen(Numbers.oid())).post("/api/v1/appeals/" + id + "/supporters"));
        responses.forEach(response -> assertEquals(201, response.statusCode(), response.asString()));
        assertEquals(8, rows(id));
        given().auth().oauth2(Appeals.official()).get("/api/v1/appeals/" + id).then().body("supporters", equalTo(8));
    }

    @Test
    void aSupportCanBeWithdrawnAndWithdrawingTwiceChangesNothing() {
        long id = pothole(MapAppeals.spot());
        String neighbour = Tokens.citizen(Numbers.oid());
        support(neighbour, id).statusCode(201);

        withdraw(neighbour, id).statusCode(200).body("supporters", equalTo(0)).body("supported", equalTo(false));
        withdraw(neighbour, id).statusCode(200).body("supporters", equalTo(0));
        assertEquals(0, rows(id));
        support(neighbour, id).statusCode(201).body("supporters", equalTo(1));
    }

    @Test
    void supportingAndWithdrawingPublishEventsToTheOrganisationAndTheSupporterButAreNoStepsOfTheHistory() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        double[] spot = MapAppeals.spot();
        long id = MapAppeals.pothole(author, spot[0], spot[1]);
        String oid = Numbers.oid();
        support(Tokens.citizen(oid), id).statusCode(201);
        withdraw(Tokens.citizen(oid), id).statusCode(200);

        List<Row> events = new ArrayList<>();
        pool.preparedQuery("""
                select type, subject_oid, organisation_id, payload ->> 'supporters' as supporters, payload::text as payload
                from outbox_event where aggregate_kind = 'appeal' and aggregate_id = $1 and type like 'appeal.support%' order by id""")
                .execute(Tuple.of(id)).await().indefinitely().forEach(events::add);
        assertEquals(List.of("appeal.supported", "appeal.support_withdrawn"), events.stream().map(row -> row.getString("type")).toList());
        events.forEach(row -> {
            assertEquals(oid, row.getString("subject_oid"));
            assertTrue(row.getLong("organisation_id") != null);
            assertTrue(!row.getString("payload").contains(oid), "no supporter in the payload");
        });
        assertEquals(List.of("1", "0"), events.stream().map(row -> row.getString("supporters")).toList());
        given().auth().oauth2(author).get("/api/v1/appeals/" + id + "/history").then().statusCode(200)
                .body("action", not(org.hamcrest.Matchers.hasItem("SUPPORT")))
                .body("size()", equalTo(2));
    }

    @Test
    void aSupportChangesTheAppealsETag() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        double[] spot = MapAppeals.spot();
        long id = MapAppeals.pothole(author, spot[0], spot[1]);
        String etag = given().auth().oauth2(author).get("/api/v1/appeals/" + id).then().extract().header("ETag");
        support(Tokens.citizen(Numbers.oid()), id).statusCode(201);
        given().auth().oauth2(author).header("If-None-Match", etag).get("/api/v1/appeals/" + id).then()
                .statusCode(200).body("supporters", equalTo(1));
    }

    @Test
    void theAuthorCannotSupportTheirOwnAppeal() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        double[] spot = MapAppeals.spot();
        long id = MapAppeals.pothole(author, spot[0], spot[1]);
        support(author, id).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("собственное"));
    }

    @Test
    void appealsOffTheMapCannotBeSupportedAndDoNotExistForStrangers() {
        double[] spot = MapAppeals.spot();
        String author = Tokens.trustedCitizen(Numbers.oid());
        String stranger = Tokens.citizen(Numbers.oid());
        long unmoderated = MapAppeals.submitted(author, "roads.potholes", spot[0], spot[1], "Яма, ещё не проверено");
        long sensitive = MapAppeals.registered(author, "healthcare.medicines", spot[0], spot[1], "Нет лекарства");
        support(stranger, unmoderated).statusCode(404);
        support(stranger, sensitive).statusCode(404);
        withdraw(stranger, sensitive).statusCode(404);
        support(stranger, Long.MAX_VALUE).statusCode(404);
        // the organisation sees the sensitive appeal anyway: it is told why it cannot support it
        support(Tokens.official(Numbers.oid(), "1000038010"), sensitive).statusCode(org.hamcrest.Matchers.anyOf(equalTo(404), equalTo(409)));
    }

    @Test
    void anAnsweredAppealCannotBeSupportedAnyMoreButASupportCanStillBeWithdrawn() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.inProgress(author);
        String neighbour = Tokens.citizen(Numbers.oid());
        support(neighbour, id).statusCode(201);
        Appeals.act(Appeals.official(), id, "answer", Map.of("text", "Яма будет заделана до конца недели")).statusCode(200);
        support(Tokens.citizen(Numbers.oid()), id).statusCode(409);
        withdraw(neighbour, id).statusCode(200).body("supporters", equalTo(0));
    }

    @Test
    void anAnonymousCallerCannotSupport() {
        given().post("/api/v1/appeals/1/supporters").then().statusCode(401);
    }

    @Test
    void parallelSupportsAndWithdrawalsLeaveExactlyTheSupportersFollowingTheAppeal() throws Exception {
        long id = pothole(MapAppeals.spot());
        List<String> people = List.of(Tokens.citizen(Numbers.oid()), Tokens.citizen(Numbers.oid()),
                Tokens.citizen(Numbers.oid()), Tokens.citizen(Numbers.oid()));
        AtomicInteger turn = new AtomicInteger();
        List<Integer> statuses = inParallel(16, () -> {
            int mine = turn.getAndIncrement();
            String person = people.get(mine % people.size());
            return (mine % 3 == 0 ? withdraw(person, id) : support(person, id)).extract().statusCode();
        });
        assertTrue(statuses.stream().allMatch(status -> status == 200 || status == 201), statuses.toString());
        List<String> supporters = oids("select supporter_oid from appeal_supporter where appeal_id = $1 order by 1", id);
        List<String> followers = oids("""
                select person_oid from event_follower
                where aggregate_kind = 'appeal' and aggregate_id = $1 and until is null order by 1""", id);
        assertEquals(supporters, followers);
        for (String person : people) {
            withdraw(person, id).statusCode(200);
        }
        assertEquals(List.of(), oids("""
                select person_oid from event_follower
                where aggregate_kind = 'appeal' and aggregate_id = $1 and until is null""", id));
    }

    private List<String> oids(String sql, long id) {
        List<String> oids = new ArrayList<>();
        pool.preparedQuery(sql).execute(Tuple.of(id)).await().indefinitely().forEach(row -> oids.add(row.getString(0)));
        return oids;
    }

    private long rows(long id) {
        return pool.preparedQuery("select count(*) from appeal_supporter where appeal_id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getLong(0);
    }
}
