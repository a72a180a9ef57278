package ru.otklik.polls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.otklik.testsupport.Parallel.inParallel;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Polls;

/** Who may vote, what a valid ballot is, and one ballot per person per poll, ever: also under fifty at once. */
@QuarkusTest
class PollBallotTest {

    private static final String PROBLEMS = "https://otklik.ru/problems/";

    @Inject
    Pool pool;

    @Test
    void aTrustedResidentOfIrkutskVotesOnceAndASecondBallotIsADuplicate() {
        long id = Polls.published();
        String voter = Polls.irkutskVoter();
        given().auth().oauth2(voter).get("/api/v1/polls/" + id).then()
                .body("mayVote", equalTo(true)).body("whyNot", nullValue()).body("voted", equalTo(false));
        Response first = given().auth().oauth2(voter).contentType(ContentType.JSON)
                .body(Map.of("answers", List.of(Map.of("questionId", 1, "optionIds", List.of(2)),
                        Map.of("questionId", 2, "optionIds", List.of(1, 3)), Map.of("questionId", 3, "value", 4),
                        Map.of("questionId", 4, "text", "Больше скамеек в тени"))))
                .post("/api/v1/polls/" + id + "/ballots");
        assertEquals(201, first.statusCode(), first.asString());
        assertNull(first.header("Location"), "a secret ballot has no address");
        assertEquals(Map.of("pollId", (int) id, "counted", true, "resultsAvailable", true), first.jsonPath().getMap(""));
        Polls.vote(voter, id, Polls.choose(1)).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "duplicate")).body("detail", containsString("уже проголосовали"));
        given().auth().oauth2(voter).get("/api/v1/polls/" + id).then()
                .body("mayVote", equalTo(false)).body("whyNot", equalTo("ALREADY_VOTED")).body("voted", equalTo(true));
        Polls.vote(voter, id, List.of(Map.of("questionId", 1, "optionIds", List.of(9)))).statusCode(409)
                .body("type", equalTo(PROBLEMS + "duplicate"));
        assertEquals(1, participants(id));
    }

    @Test
    void outsideTheAudienceUntrustedOrWithoutAnAddressTheBallotIsRefusedSayingWhy() {
        long id = Polls.published();
        String bratsk = Polls.voter(Polls.BRATSK, true);
        given().auth().oauth2(bratsk).get("/api/v1/polls/" + id).then().body("whyNot", equalTo("OUTSIDE_AUDIENCE"));
        Polls.vote(bratsk, id, Polls.choose(1)).statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"))
                .body("detail", containsString("для жителей других территорий"));
        String simple = Polls.voter(Polls.IRKUTSK, false);
        given().auth().oauth2(simple).get("/api/v1/polls/" + id).then().body("whyNot", equalTo("NOT_TRUSTED"));
        Polls.vote(simple, id, Polls.choose(1)).statusCode(403).body("type", equalTo(PROBLEMS + "untrusted-account"));
        String homeless = Polls.voter(null, true);
        given().auth().oauth2(homeless).get("/api/v1/polls/" + id).then().body("whyNot", equalTo("NO_ADDRESS"));
        given().auth().oauth2(homeless).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("answers", Polls.choose(1))).post("/api/v1/polls/" + id + "/ballots")
                .then().statusCode(403).body("type", equalTo(PROBLEMS + "forbidden"))
                .body("detail", containsString("no registration address in your account"));
        given().get("/api/v1/polls/" + id).then().body("mayVote", equalTo(false)).body("whyNot", equalTo("SIGN_IN"))
                .body("voted", nullValue());
        given().contentType(ContentType.JSON).body(Map.of("answers", Polls.choose(1))).post("/api/v1/polls/" + id + "/ballots")
                .then().statusCode(401);
        assertEquals(0, participants(id));
        // a region-wide poll of the city administration: Angarsk is in the region, Moscow is not
        Map<String, Object> region = Polls.squarePoll();
        region.put("audience", Map.of("kind", "REGION"));
        long regionWide = Polls.published(region);
        Polls.vote(Polls.voter(Polls.ANGARSK, true), regionWide, Polls.choose(1)).statusCode(201);
        Polls.vote(Polls.voter("45000000001", true), regionWide, Polls.choose(1)).statusCode(403);
    }

    @Test
    void fiftyBallotsOfOnePersonAtOnceLeaveExactlyOne() throws Exception {
        long id = Polls.published();
        String voter = Polls.irkutskVoter();
        List<Response> responses = inParallel(50, () -> given().auth().oauth2(voter).contentType(ContentType.JSON)
                .body(Map.of("answers", Polls.choose(1 + (int) (Math.random() * 3)))).post("/api/v1/polls/" + id + "/ballots"));
        List<Integer> statuses = responses.stream().map(Response::statusCode).sorted().toList();
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        responses.stream().filter(r -> r.statusCode() == 409)
                .forEach(r -> assertEquals(PROBLEMS + "duplicate", r.jsonPath().getString("type")));
        assertEquals(1, participants(id));
        Polls.results(Polls.official(), id).statusCode(200).body("participants", equalTo(1))
                .body("questions[0].respondents", equalTo(1));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstBallotsResponseAlsoFiftyAtOnce() throws Exception {
        long id = Polls.published();
        String voter = Polls.irkutskVoter();
        String key = UUID.randomUUID().toString();
        List<Response> responses = inParallel(50, () -> given().auth().oauth2(voter).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(Map.of("answers", Polls.choose(2))).post("/api/v1/polls/" + id + "/ballots"));
        for (Response response : responses) {
            assertEquals(201, response.statusCode(), response.asString());
            assertEquals(Map.of("pollId", (int) id, "counted", true, "resultsAvailable", true), response.jsonPath().getMap(""));
        }
        assertEquals(49, responses.stream().filter(r -> "true".equals(r.header("Idempotent-Replayed"))).count());
        given().auth().oauth2(voter).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("answers", Polls.choose(2))).post("/api/v1/polls/" + id + "/ballots")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("pollId", equalTo((int) id));
        assertEquals(1, participants(id));
        Polls.results(Polls.official(), id).statusCode(200).body("questions[0].options[1].count", equalTo(1));
    }

    @Test
    void aBallotThatWaitedForTheClosingFindsThePollClosedAndLeavesNothing() throws Exception {
        long id = Polls.published();
        SqlConnection closing = pool.getConnection().await().indefinitely();
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            closing.query("begin").execute().await().indefinitely();
            closing.preparedQuery("select id from poll where id = $1 for no key update").execute(Tuple.of(id)).await().indefinitely();
            Future<Response> ballot = thread.submit(() -> given().auth().oauth2(Polls.irkutskVoter()).contentType(ContentType.JSON)
                    .body(Map.of("answers", Polls.choose(1))).post("/api/v1/polls/" + id + "/ballots"));
            Thread.sleep(1500);
            assertTrue(!ballot.isDone(), "the ballot waits for the poll while it is being closed");
            closing.preparedQuery("update poll set status = 'CLOSED', closed_at = now(), version = version + 1 where id = $1")
                    .execute(Tuple.of(id)).await().indefinitely();
            closing.query("commit").execute().await().indefinitely();
            Response refused = ballot.get();
            assertEquals(409, refused.statusCode(), refused.asString());
            assertEquals(PROBLEMS + "conflict", refused.jsonPath().getString("type"));
        } finally {
            closing.close().await().indefinitely();
            thread.shutdownNow();
        }
        assertEquals(0, participants(id), "its participation went with it");
        Polls.results(Polls.official(), id).statusCode(200).body("participants", equalTo(0));
    }

    @Test
    void everyInvalidAnswerNamesItsQuestionAndOption() {
        long id = Polls.published();
        String voter = Polls.irkutskVoter();
        Polls.vote(voter, id, List.of(Map.of("questionId", 1, "optionIds", List.of(9)),
                Map.of("questionId", 2, "optionIds", List.of(1, 2, 3, 4)),
                Map.of("questionId", 3, "value", 6),
                Map.of("questionId", 4, "text", "а".repeat(501))))
                .statusCode(400).body("type", equalTo(PROBLEMS + "validation"))
                .body("errors.field", equalTo(List.of("answers[0].optionIds[0]", "answers[1].optionIds", "answers[2].value",
                        "answers[3].text")))
                .body("errors[0].message", equalTo("у вопроса 1 нет варианта 9"))
                .body("errors[1].message", equalTo("вопрос 2: выберите от 1 до 3 вариантов"))
                .body("errors[3].message", equalTo("вопрос 4: от 1 до 500 символов"));
        Polls.vote(voter, id, List.of(Map.of("questionId", 3, "value", 2))).statusCode(400)
                .body("errors[0].field", equalTo("answers")).body("errors[0].message", equalTo("на вопрос 1 нужно ответить"));
        Polls.vote(voter, id, List.of(Map.of("questionId", 1, "optionIds", List.of(1), "value", 3))).statusCode(400)
                .body("errors[0].field", equalTo("answers[0].value"));
        assertEquals(0, participants(id), "a refused ballot leaves nothing");
        Polls.vote(voter, id, Polls.choose(3)).statusCode(201);
    }

    @Test
    void badInputIsNeverAServerError() {
        long id = Polls.published();
        String voter = Polls.irkutskVoter();
        List<String> bodies = List.of("{", "[]", "{}", "{\"answers\": null}", "{\"answers\": [null]}",
                "{\"answers\": [{\"questionId\": \"один\"}]}", "{\"answers\": [{\"questionId\": 99999999999}]}",
                "{\"answers\": [{\"questionId\": 1, \"optionIds\": [\"x\"]}]}", "{\"answers\": [{\"questionId\": 1, \"optionIds\": [null]}]}",
                "{\"answers\": [{\"questionId\": -1}]}", "{\"answers\": [{\"questionId\": 3, \"value\": 1.5}]}",
                "{\"answers\": [{\"questionId\": 1, \"optionIds\": 1}]}", "{\"answers\": [], \"extra\": 1}");
        for (String body : bodies) {
            int status = given().auth().oauth2(voter).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/polls/" + id + "/ballots").then().extract().statusCode();
            assertTrue(status == 400, body + " → " + status);
        }
        given().auth().oauth2(voter).contentType(ContentType.JSON).body(Map.of("answers", Polls.choose(1)))
                .post("/api/v1/polls/abc/ballots").then().statusCode(not(equalTo(500)));
        Polls.vote(voter, 987654321, Polls.choose(1)).statusCode(404);
        given().auth().oauth2(voter).header("Idempotency-Key", "ключ с пробелами").contentType(ContentType.JSON)
                .body(Map.of("answers", Polls.choose(1))).post("/api/v1/polls/" + id + "/ballots")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
        List<String> polls = List.of("{\"title\": \"\"}", "{\"title\": \"x\", \"audience\": {\"kind\": \"MARS\"}}",
                "{\"title\": \"x\", \"audience\": {\"kind\": \"OKTMO\", \"oktmoPrefixes\": [\"2x\"]}, \"resultsVisibility\": \"ALWAYS\", \"questions\": []}",
                "{\"title\": \"x\", \"audience\": {\"kind\": \"REGION\"}, \"resultsVisibility\": \"ALWAYS\", \"questions\": [{\"kind\": \"SCALE\", \"text\": \"q\", \"scaleMin\": -1}]}",
                "{\"title\": \"x\", \"audience\": {\"kind\": \"REGION\"}, \"resultsVisibility\": \"ALWAYS\", \"startsAt\": \"вчера\", \"questions\": []}");
        for (String body : polls) {
            given().auth().oauth2(Polls.official()).contentType(ContentType.JSON).body(body).post("/api/v1/polls")
                    .then().statusCode(400);
        }
        given().queryParam("oktmo", "25701").get("/api/v1/polls").then().statusCode(400).body("errors[0].field", equalTo("oktmo"));
        given().queryParam("status", "OPEN").get("/api/v1/polls").then().statusCode(400);
        given().queryParam("cursor", "garbage").get("/api/v1/polls").then().statusCode(400);
        assertEquals(0, participants(id));
    }

    private long participants(long id) {
        return pool.preparedQuery("select count(*) from poll_participation where poll_id = $1").execute(Tuple.of(id))
                .await().indefinitely().iterator().next().getLong(0);
    }

}
