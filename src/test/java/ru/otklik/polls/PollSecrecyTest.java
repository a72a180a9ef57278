package ru.otklik.polls;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import ru.otklik.polls.service.PollSweeper;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Polls;
import ru.otklik.testsupport.Tokens;

/**
 * The secret ballot: who took part and what was answered are stored apart, and this test tries to join them through
 * the API and through the schema (columns, keys, row versions, physical order, the idempotency fingerprint) and
 * cannot.
 */
@QuarkusTest
class PollSecrecyTest {

    private static final List<String> ANSWER_TABLES = List.of("poll_tally", "poll_text_inbox", "poll_text_answer");

    @Inject
    Pool pool;

    @Inject
    PollSweeper sweeper;

    @Test
    void theApiNeverShowsWhoVotedHow() {
        long id = Polls.published();
        String oid = Numbers.oid();
        Map<String, Object> claims = Tokens.person(oid, true);
        String voter = Tokens.sign(claims);
        String receipt = Polls.vote(voter, id, List.of(Map.of("questionId", 1, "optionIds", List.of(3)),
                Map.of("questionId", 4, "text", "Мой секретный ответ"))).statusCode(201).extract().asString();
        assertFalse(receipt.contains(oid), receipt);
        for (String token : List.of(Polls.official(), voter)) {
            String poll = given().auth().oauth2(token).get("/api/v1/polls/" + id).then().statusCode(200).extract().asString();
            String results = Polls.results(token, id).statusCode(200).extract().asString();
            String csv = given().auth().oauth2(token).accept("text/csv").get("/api/v1/polls/" + id + "/results").asString();
            for (String body : List.of(poll, results, csv)) {
                assertFalse(body.contains(oid), "no voter in " + body);
                assertFalse(body.contains("Тестов"), "no name in " + body);
            }
        }
        String events = pool.preparedQuery("select string_agg(payload::text || coalesce(details::text, ''), ' ') from outbox_event "
                + "where aggregate_kind = 'poll' and aggregate_id = $1").execute(Tuple.of(id)).await().indefinitely()
                .iterator().next().getString(0);
        assertFalse(events.contains(oid), "no ballot event names a voter: " + events);
    }

    @Test
    void noColumnKeyOrTimestampOfAnAnswerTableJoinsItToParticipation() {
        for (String table : ANSWER_TABLES) {
            List<String> columns = strings("select column_name from information_schema.columns where table_name = $1", table);
            assertTrue(List.of("poll_id", "question_id", "choice", "votes", "answer").containsAll(columns), table + ": " + columns);
            assertEquals(List.of(), strings("""
                    select column_name from information_schema.columns where table_name = $1
                    and (data_type like 'timestamp%' or column_default like 'nextval%' or is_identity = 'YES')""", table),
                    table + " has no time and no sequence");
            assertEquals(List.of(), strings("""
                    select ccu.table_name from information_schema.table_constraints tc
                    join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
                    where tc.table_name = $1 and tc.constraint_type = 'FOREIGN KEY' and ccu.table_name <> 'poll'""", table),
                    table + " refers to nothing but the poll");
        }
        assertEquals(List.of("poll_id", "voter_oid"),
                strings("select column_name from information_schema.columns where table_name = $1 order by ordinal_position",
                        "poll_participation"), "participation is who and where, nothing else");
    }

    @Test
    void rowVersionsTellThatSomebodyVotedNeverWhatTheyChose() {
        long id = Polls.published();
        Polls.vote(Polls.irkutskVoter(), id, List.of(Map.of("questionId", 1, "optionIds", List.of(1)),
                Map.of("questionId", 3, "value", 2))).statusCode(201);
        String last = Polls.irkutskVoter();
        Polls.vote(last, id, List.of(Map.of("questionId", 1, "optionIds", List.of(2)))).statusCode(201);
        // the last ballot's transaction id, as a DBA would read it from the participation row
        String xmin = strings("select xmin::text from poll_participation where poll_id = $1 and voter_oid = $2",
                id, oidOf(last)).get(0);
        long all = count("select count(*) from poll_tally where poll_id = $1", id);
        long touched = count("select count(*) from poll_tally where poll_id = $1 and xmin::text = '" + xmin + "'", id);
        assertTrue(all > 10, "counters of every option and value: " + all);
        assertEquals(all, touched, "the last ballot rewrote every counter, not only those it chose");
    }

    @Test
    void sealedTextAnswersShareNoTransactionWithAnyBallot() {
        long id = Polls.published();
        for (int i = 0; i < 3; i++) {
            Polls.vote(Polls.irkutskVoter(), id, List.of(Map.of("questionId", 1, "optionIds", List.of(1)),
                    Map.of("questionId", 4, "text", "Предложение номер " + i))).statusCode(201);
        }
        String join = """
                select count(*) from poll_participation p
                join %s t on t.poll_id = p.poll_id and t.xmin::text = p.xmin::text where p.poll_id = $1""";
        assertEquals(3, count(join.formatted("poll_text_inbox"), id), "before sealing, a DBA could join them");
        PollSweeper.Sweep sweep = sweeper.sweep().await().indefinitely();
        assertTrue(sweep.sealed() >= 3, sweep.toString());
        assertEquals(0, count("select count(*) from poll_text_inbox where poll_id = $1", id));
        assertEquals(3, count("select count(*) from poll_text_answer where poll_id = $1", id));
        assertEquals(0, count(join.formatted("poll_text_answer"), id), "sealed: no answer carries a ballot's transaction");
        Polls.results(Polls.official(), id).statusCode(200)
                .body("questions[3].answers.size()", org.hamcrest.Matchers.equalTo(3));
    }

    @Test
    void theIdempotencyFingerprintOfABallotDoesNotDependOnItsAnswers() {
        long id = Polls.published();
        List<String> hashes = new ArrayList<>();
        for (int square = 1; square <= 2; square++) {
            String oid = Numbers.oid();
            String key = UUID.randomUUID().toString();
            given().auth().oauth2(Tokens.sign(person(oid))).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("answers", Polls.choose(square))).post("/api/v1/polls/" + id + "/ballots").then().statusCode(201);
            hashes.addAll(strings("select request_hash from idempotency_key where caller_oid = $1 and key = $2", oid, key));
        }
        assertEquals(2, hashes.size());
        assertEquals(hashes.get(0), hashes.get(1), "two different ballots leave the same fingerprint: nothing to reverse");
    }

    private static Map<String, Object> person(String oid) {
        Map<String, Object> claims = Tokens.person(oid, true);
        claims.put("oktmo", Polls.IRKUTSK);
        return claims;
    }

    private static String oidOf(String token) {
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]), java.nio.charset.StandardCharsets.UTF_8);
        return new io.vertx.core.json.JsonObject(payload).getString("urn:esia:sbj_id");
    }

    private long count(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().indefinitely().iterator().next().getLong(0);
    }

    private List<String> strings(String sql, Object... params) {
        List<String> values = new ArrayList<>();
        for (Row row : pool.preparedQuery(sql).execute(Tuple.from(params)).await().indefinitely()) {
            values.add(row.getString(0));
        }
        return values;
    }
}
