package ru.otklik.discussions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.otklik.testsupport.Parallel.inParallel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Discussions;

/** One reaction per person per comment, and counts that always equal the stored reactions. */
@QuarkusTest
class ReactionTest {

    @Inject
    Pool pool;

    @Test
    void aPersonLikesChangesToDislikeAndTakesItBack() {
        long id = Discussions.open("POST");
        long comment = Discussions.posted(Discussions.resident(), id, "Нужна велодорожка", null);
        String reader = Discussions.resident();
        Discussions.react(reader, comment, "LIKE").statusCode(200)
                .body("likes", equalTo(1)).body("dislikes", equalTo(0)).body("myReaction", equalTo("LIKE"));
        Discussions.react(reader, comment, "LIKE").statusCode(200).body("likes", equalTo(1));
        Discussions.react(reader, comment, "DISLIKE").statusCode(200)
                .body("likes", equalTo(0)).body("dislikes", equalTo(1)).body("myReaction", equalTo("DISLIKE"));
        Discussions.page(reader, id, Map.of()).body("items[0].myReaction", equalTo("DISLIKE"))
                .body("items[0].dislikes", equalTo(1));
        Discussions.page(null, id, Map.of()).body("items[0].myReaction", nullValue());
        given().auth().oauth2(reader).delete("/api/v1/comments/" + comment + "/reactions").then().statusCode(200)
                .body("dislikes", equalTo(0)).body("myReaction", nullValue());
        Discussions.react(reader, comment, "NONE").statusCode(200).body("likes", equalTo(0));
        given().delete("/api/v1/comments/" + comment + "/reactions").then().statusCode(401);
        Discussions.react(reader, 987654321L, "LIKE").statusCode(404);
        assertCountsMatch(comment);
    }

    @Test
    void thirtyParallelTogglesLeaveCountsEqualToTheStoredReactions() throws Exception {
        long id = Discussions.open("POST");
        long comment = Discussions.posted(Discussions.resident(), id, "Голосуйте за фонтан", null);
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(Discussions.resident());
        }
        String[] choices = { "LIKE", "DISLIKE", "NONE" };
        AtomicInteger turn = new AtomicInteger();
        List<Response> responses = inParallel(30, () -> {
            int n = turn.getAndIncrement();
            return given().auth().oauth2(people.get(n % 10)).contentType(ContentType.JSON)
                    .body(Map.of("reaction", choices[(n / 10 + n) % 3]))
                    .post("/api/v1/comments/" + comment + "/reactions");
        });
        responses.forEach(response -> assertEquals(200, response.statusCode(), response.asString()));
        Row stored = assertCountsMatch(comment);
        Discussions.page(null, id, Map.of()).body("items[0].likes", equalTo(stored.getInteger("likes")))
                .body("items[0].dislikes", equalTo(stored.getInteger("dislikes")));
    }

    @Test
    void onePersonClickingThirtyTimesAtOnceHasOneReaction() throws Exception {
        long id = Discussions.open("POST");
        long comment = Discussions.posted(Discussions.resident(), id, "Скамейки со спинками", null);
        String reader = Discussions.resident();
        AtomicInteger turn = new AtomicInteger();
        List<Response> responses = inParallel(30, () -> Discussions.react(reader, comment,
                turn.getAndIncrement() % 2 == 0 ? "LIKE" : "DISLIKE").extract().response());
        responses.forEach(response -> assertEquals(200, response.statusCode(), response.asString()));
        Row stored = assertCountsMatch(comment);
        assertEquals(1, stored.getInteger("likes") + stored.getInteger("dislikes"));
    }

    @Test
    void aRetriedReactionIsDoneOnce() {
        long id = Discussions.open("POST");
        long comment = Discussions.posted(Discussions.resident(), id, "Больше деревьев", null);
        String reader = Discussions.resident();
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(reader).header("Idempotency-Key", key).contentType(ContentType.JSON)
                    .body(Map.of("reaction", "LIKE")).post("/api/v1/comments/" + comment + "/reactions").then()
                    .statusCode(200).body("likes", equalTo(1));
        }
        given().auth().oauth2(reader).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("reaction", "DISLIKE")).post("/api/v1/comments/" + comment + "/reactions").then()
                .statusCode(422);
        assertCountsMatch(comment);
    }

    /** The comment's counters equal its reaction rows; the comment's row. */
    private Row assertCountsMatch(long comment) {
        Row row = pool.preparedQuery("""
                select c.likes, c.dislikes,
                       (select count(*) from comment_reaction r where r.comment_id = c.id and r.kind = 'LIKE') as stored_likes,
                       (select count(*) from comment_reaction r where r.comment_id = c.id and r.kind = 'DISLIKE') as stored_dislikes
                from discussion_comment c where c.id = $1""").execute(Tuple.of(comment)).await().indefinitely()
                .iterator().next();
        assertEquals(row.getLong("stored_likes").intValue(), row.getInteger("likes"), "likes");
        assertEquals(row.getLong("stored_dislikes").intValue(), row.getInteger("dislikes"), "dislikes");
        return row;
    }

}
