package ru.otklik.polls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Polls;
import ru.otklik.testsupport.Tokens;

/** Results as each visibility setting allows, exact shares, scale statistics, free-text answers and the owner's CSV. */
@QuarkusTest
class PollResultsTest {

    @Inject
    Pool pool;

    @Test
    void threeVotersGiveExactSharesThatAddUpTo100() {
        long id = Polls.published();
        vote(id, 1, List.of(1, 2), 4, "Фонтан");
        vote(id, 1, List.of(1), 5, null);
        vote(id, 3, List.of(1, 2, 4), 3, "Урны и освещение");
        Polls.results(null, id).statusCode(200)
                .body("participants", equalTo(3))
                .body("questions[0].respondents", equalTo(3))
                .body("questions[0].options.count", equalTo(List.of(2, 0, 1)))
                .body("questions[0].options.share", equalTo(List.of(66.7f, 0.0f, 33.3f)))
                // MULTIPLE: of all 6 choices (adds up to 100), and of the 3 respondents
                .body("questions[1].choices", equalTo(6))
                .body("questions[1].options.share", equalTo(List.of(50.0f, 33.3f, 0.0f, 16.7f)))
                .body("questions[1].options.respondentShare", equalTo(List.of(100.0f, 66.7f, 0.0f, 33.3f)))
                .body("questions[2].distribution.count", equalTo(List.of(0, 0, 1, 1, 1)))
                .body("questions[2].mean", equalTo(4.0f))
                .body("questions[2].median", equalTo(4.0f))
                .body("questions[3].respondents", equalTo(2))
                .body("questions[3].answers", nullValue());
        Polls.results(Polls.official(), id).statusCode(200)
                .body("questions[3].answers", containsInAnyOrder("Фонтан", "Урны и освещение"));
    }

    @Test
    void theSampleClosedPollShowsTheLargestRemainderAndTheMedianOfAnEvenCount() {
        long id = pool.query("select id from poll where title = 'Где поставить новый остановочный павильон?'").execute()
                .await().indefinitely().iterator().next().getLong(0);
        long participation = pool.preparedQuery("select count(*) from poll_participation where poll_id = $1")
                .execute(Tuple.of(id)).await().indefinitely().iterator().next().getLong(0);
        Polls.results(null, id).statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("participants", equalTo((int) participation))
                .body("questions[0].options.share", equalTo(List.of(42.8f, 28.6f, 28.6f)))
                .body("questions[1].respondents", equalTo(6))
                .body("questions[1].median", equalTo(3.5f))
                .body("questions[2].answers", nullValue());
    }

    @Test
    void eachVisibilitySettingShowsResultsToWhomItSays() {
        for (String visibility : List.of("ALWAYS", "AFTER_VOTE", "AFTER_CLOSE")) {
            Map<String, Object> body = Polls.squarePoll();
            body.put("resultsVisibility", visibility);
            long id = Polls.published(body);
            String voter = Polls.irkutskVoter();
            String other = Polls.irkutskVoter();
            Polls.results(Polls.official(), id).statusCode(200);
            Polls.results(other, id).statusCode(visibility.equals("ALWAYS") ? 200 : 403);
            Polls.results(null, id).statusCode(visibility.equals("ALWAYS") ? 200 : 403);
            int receipt = Polls.vote(voter, id, Polls.choose(1)).statusCode(201).extract().path("resultsAvailable") ? 200 : 403;
            Polls.results(voter, id).statusCode(receipt).statusCode(visibility.equals("AFTER_CLOSE") ? 403 : 200);
            given().auth().oauth2(voter).get("/api/v1/polls/" + id).then().body("resultsAvailable", equalTo(receipt == 200));
            Polls.act(Polls.official(), id, "close").statusCode(200);
            Polls.results(other, id).statusCode(200).body("participants", equalTo(1));
            Polls.results(null, id).statusCode(200);
        }
        Map<String, Object> body = Polls.squarePoll();
        body.put("resultsVisibility", "AFTER_CLOSE");
        long id = Polls.published(body);
        Polls.results(Polls.irkutskVoter(), id).statusCode(403).body("type", equalTo("https://otklik.ru/problems/forbidden"))
                .body("detail", equalTo("Результаты будут видны после окончания голосования"));
    }

    @Test
    void theOwnerDownloadsEveryCountAndAnswerAsCsvAndNobodyElseMay() {
        long id = Polls.published();
        vote(id, 2, List.of(3), 2, "Скамейки, \"как у фонтана\"");
        vote(id, 2, List.of(3), 1, "=1+1");
        var response = given().auth().oauth2(Polls.official()).accept("text/csv").get("/api/v1/polls/" + id + "/results")
                .then().statusCode(200).header("Content-Disposition", "attachment; filename=\"poll-" + id + "-results.csv\"")
                .extract();
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
        byte[] bytes = response.asByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("question_id,question,kind,respondents,answer_id,answer,count,share_percent,mean,median", lines.get(0));
        assertEquals("0,participants,,2,,,,,,", lines.get(1));
        assertEquals("1,Какой сквер благоустроить?,SINGLE,2,2,Сквер у драмтеатра,2,100.0,,", lines.get(3));
        assertTrue(lines.contains("3,Насколько вы довольны скверами сейчас?,SCALE,2,,1,1,50.0,1.50,1.5"), lines.toString());
        assertTrue(lines.contains("4,Ваши предложения,TEXT,2,,\"Скамейки, \"\"как у фонтана\"\"\",,,,"), lines.toString());
        assertTrue(lines.contains("4,Ваши предложения,TEXT,2,,\"'=1+1\",,,,"), lines.toString());
        given().auth().oauth2(Polls.irkutskVoter()).accept("text/csv").get("/api/v1/polls/" + id + "/results")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.orgAdmin("1000100555", "1000038002")).accept("text/csv")
                .get("/api/v1/polls/" + id + "/results").then().statusCode(403);
        given().accept("application/json").get("/api/v1/polls/" + id + "/results").then().statusCode(200)
                .contentType("application/json");
    }

    private static void vote(long id, int square, List<Integer> needs, int satisfaction, String proposal) {
        List<Map<String, Object>> answers = new java.util.ArrayList<>(List.of(
                Map.of("questionId", 1, "optionIds", List.of(square)),
                Map.of("questionId", 2, "optionIds", needs),
                Map.of("questionId", 3, "value", satisfaction)));
        if (proposal != null) {
            answers.add(Map.of("questionId", 4, "text", proposal));
        }
        Polls.vote(Polls.irkutskVoter(), id, answers).statusCode(201);
    }
}
