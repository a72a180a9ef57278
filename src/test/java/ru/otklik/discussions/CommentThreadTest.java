package ru.otklik.discussions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Discussions;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** Threads: the depth rule, pages of threads and replies, orderings, edits, tombstones, who may take part, input. */
@QuarkusTest
class CommentThreadTest {

    @Inject
    Pool pool;

    @Test
    void repliesNestToDepthFiveAndDeeperRepliesHangUnderTheDepthFiveAncestor() {
        long id = Discussions.open("POST");
        String resident = Discussions.resident();
        List<Long> chain = new ArrayList<>();
        Long parent = null;
        for (int i = 0; i < 8; i++) {
            parent = Discussions.posted(resident, id, "Уровень " + i, parent);
            chain.add(parent);
        }
        List<Map<String, Object>> replies = given().queryParam("limit", 100)
                .get("/api/v1/discussions/" + id + "/comments/" + chain.get(0) + "/replies").then().statusCode(200)
                .extract().jsonPath().getList("items");
        assertEquals(7, replies.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 5, 5), replies.stream().map(reply -> reply.get("depth")).toList());
        long anchor = chain.get(5);
        for (int i = 1; i < 7; i++) {
            Map<String, Object> reply = replies.get(i - 1);
            assertEquals(chain.get(i).intValue(), reply.get("id"));
            assertEquals(chain.get(i - 1).intValue(), reply.get("replyToId"), "it answers the comment replied to");
            assertEquals((int) Math.min(chain.get(i - 1), anchor), reply.get("parentId"));
        }
        assertEquals((int) anchor, replies.get(6).get("parentId"), "below depth 5 it hangs under the depth-5 ancestor");
        assertEquals(chain.get(6).intValue(), replies.get(6).get("replyToId"));
    }

    @Test
    void aPageShowsTheFirstRepliesOfEachThreadAndACursorForTheRest() {
        long id = Discussions.open("POST");
        long root = Discussions.posted(Discussions.resident(), id, "Корень", null);
        List<Long> replies = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            replies.add(Discussions.posted(Discussions.resident(), id, "Ответ " + i, i % 2 == 0 ? root : replies.get(i - 1)));
        }
        JsonPath page = Discussions.page(null, id, Map.of("replies", 2)).statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].replies.id", equalTo(List.of(replies.get(0).intValue(), replies.get(1).intValue())))
                .body("items[0].moreReplies", not(nullValue()))
                .extract().jsonPath();
        List<Integer> seen = new ArrayList<>(page.getList("items[0].replies.id"));
        String cursor = page.getString("items[0].moreReplies");
        while (cursor != null) {
            JsonPath more = given().queryParam("cursor", cursor).queryParam("limit", 2)
                    .get("/api/v1/discussions/" + id + "/comments/" + root + "/replies").then().statusCode(200)
                    .extract().jsonPath();
            seen.addAll(more.getList("items.id"));
            cursor = more.getString("nextCursor");
        }
        assertEquals(replies.stream().map(Long::intValue).toList(), seen);
        Discussions.page(null, id, Map.of("replies", 0)).statusCode(200)
                .body("items[0].replies", empty())
                .body("items[0].moreReplies", not(nullValue()));
        Discussions.page(null, id, Map.of("replies", 20)).statusCode(200)
                .body("items[0].replies.size()", equalTo(7))
                .body("items[0].moreReplies", nullValue());
        long other = Discussions.open("POST");
        given().queryParam("cursor", page.getString("items[0].moreReplies"))
                .get("/api/v1/discussions/" + id + "/comments/" + replies.get(0) + "/replies").then().statusCode(400)
                .body("errors.field", equalTo(List.of("cursor")));
        given().get("/api/v1/discussions/" + other + "/comments/" + root + "/replies").then().statusCode(404);
        given().get("/api/v1/discussions/987654321/comments").then().statusCode(404);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "newest", "oldest", "top" })
    void pagingHasNoDuplicatesOrGapsWhileCommentsAreAdded(String order) {
        long id = Discussions.open("POST");
        Set<Long> before = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            long comment = Discussions.posted(Discussions.resident(), id, "Комментарий " + i, null);
            before.add(comment);
            if (i % 3 == 0) {
                Discussions.react(Discussions.resident(), comment, i % 2 == 0 ? "LIKE" : "DISLIKE").statusCode(200);
            }
        }
        List<Long> seen = new ArrayList<>();
        String cursor = null;
        int added = 0;
        do {
            Map<String, Object> query = new HashMap<>(Map.of("order", order, "limit", 5));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonPath page = Discussions.page(null, id, query).statusCode(200).extract().jsonPath();
            page.<Integer>getList("items.id").forEach(comment -> seen.add(comment.longValue()));
            cursor = page.getString("nextCursor");
            Discussions.posted(Discussions.resident(), id, "Новый во время чтения " + added++, null);
        } while (cursor != null);
        assertEquals(new HashSet<>(seen).size(), seen.size(), "no duplicates: " + seen);
        assertTrue(seen.containsAll(before), "no gaps: " + seen + " lacks some of " + before);
    }

    @Test
    void topOrdersThreadsByLikesMinusDislikes() {
        long id = Discussions.open("POST");
        long plain = Discussions.posted(Discussions.resident(), id, "Без реакций", null);
        long liked = Discussions.posted(Discussions.resident(), id, "Понравился", null);
        long disliked = Discussions.posted(Discussions.resident(), id, "Не понравился", null);
        Discussions.react(Discussions.resident(), liked, "LIKE").statusCode(200);
        Discussions.react(Discussions.resident(), liked, "LIKE").statusCode(200);
        Discussions.react(Discussions.resident(), disliked, "DISLIKE").statusCode(200);
        Discussions.page(null, id, Map.of("order", "top")).statusCode(200)
                .body("items.id", equalTo(List.of((int) liked, (int) plain, (int) disliked)))
                .body("items[0].likes", equalTo(2));
        Discussions.page(null, id, Map.of("order", "oldest")).statusCode(200)
                .body("items.id", equalTo(List.of((int) plain, (int) liked, (int) disliked)));
        Discussions.page(null, id, Map.of()).statusCode(200)
                .body("items.id", equalTo(List.of((int) disliked, (int) liked, (int) plain)));
    }

    @Test
    void theAuthorEditsWithinTheWindowAndInPreModeTheEditIsModeratedAgain() {
        long id = Discussions.open("PRE");
        String author = Discussions.resident();
        long comment = Discussions.posted(author, id, "Первый вариант", null);
        Discussions.approve(comment);
        Discussions.act(Discussions.resident(), comment, "edit", Map.of("text", "Чужая правка")).statusCode(403);
        Discussions.act(author, comment, "edit", Map.of("text", "Исправленный вариант")).statusCode(200)
                .body("text", equalTo("Исправленный вариант"))
                .body("edited", equalTo(true))
                .body("editedAt", not(nullValue()))
                .body("status", equalTo("PENDING"));
        Discussions.page(null, id, Map.of()).statusCode(200)
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].text", nullValue());
        Discussions.approve(comment);
        Discussions.page(null, id, Map.of()).statusCode(200).body("items[0].text", equalTo("Исправленный вариант"));

        pool.preparedQuery("update discussion_comment set created_at = now() - interval '16 minutes' where id = $1")
                .execute(Tuple.of(comment)).await().indefinitely();
        Discussions.act(author, comment, "edit", Map.of("text", "Слишком поздно")).statusCode(409)
                .body("detail", containsString("15"));
        given().auth().oauth2(author).get("/api/v1/discussions/" + id + "/comments/" + comment).then()
                .body("allowedActions", equalTo(List.of("delete")));

        long postMode = Discussions.open("POST");
        long visible = Discussions.posted(author, postMode, "Видно сразу", null);
        Discussions.act(author, visible, "edit", Map.of("text", "Видно сразу, исправлено")).statusCode(200)
                .body("status", equalTo("VISIBLE"));
        assertEquals(List.of("comment.posted", "comment.edited"), pool.preparedQuery(
                "select type from outbox_event where aggregate_kind = 'comment' and aggregate_id = $1 order by id")
                .execute(Tuple.of(visible)).await().indefinitely().stream().map(row -> row.getString(0)).toList());
    }

    @Test
    void aDeletedCommentIsATombstoneThatKeepsItsReplies() {
        long id = Discussions.open("POST");
        String author = Discussions.resident();
        long comment = Discussions.posted(author, id, "Удалю потом", null);
        long reply = Discussions.posted(Discussions.resident(), id, "Ответ останется", comment);
        Discussions.act(Discussions.resident(), comment, "delete", null).statusCode(403);
        Discussions.act(Tokens.moderator(), comment, "delete", null).statusCode(403);
        Discussions.act(author, comment, "delete", null).statusCode(200)
                .body("status", equalTo("DELETED")).body("text", nullValue()).body("allowedActions", empty());
        Discussions.page(null, id, Map.of()).statusCode(200)
                .body("items[0].id", equalTo((int) comment))
                .body("items[0].status", equalTo("DELETED"))
                .body("items[0].text", nullValue())
                .body("items[0].author", nullValue())
                .body("items[0].replies[0].id", equalTo((int) reply));
        Discussions.act(author, comment, "delete", null).statusCode(409);
        Discussions.react(Discussions.resident(), comment, "LIKE").statusCode(409);
        Discussions.comment(Discussions.resident(), id, "Ответ на удалённый", comment).statusCode(400)
                .body("errors.field", equalTo(List.of("parentId")));
        String text = pool.preparedQuery("select text from discussion_comment where id = $1").execute(Tuple.of(comment))
                .await().indefinitely().iterator().next().getString(0);
        assertEquals(null, text, "the text itself is gone");
    }

    @Test
    void theAudienceAndTrustRulesSayWhySomeoneMayNotTakePart() {
        Map<String, Object> draft = Discussions.draft("POST");
        draft.put("trustedOnly", true);
        draft.put("audience", Map.of("kind", "OKTMO", "oktmoPrefixes", List.of("25701")));
        long id = Discussions.open(Discussions.ministryAdmin(), draft).statusCode(201).extract().jsonPath().getLong("id");
        Discussions.comment(Tokens.citizen(Numbers.oid()), id, "Простая учётная запись", null).statusCode(403)
                .body("type", equalTo("https://otklik.ru/problems/untrusted-account"));
        Map<String, Object> angarsk = Tokens.person(Numbers.oid(), true);
        angarsk.put("oktmo", "25703000001");
        Discussions.comment(Tokens.sign(angarsk), id, "Я из Ангарска", null).statusCode(403)
                .body("type", equalTo("https://otklik.ru/problems/forbidden"))
                .body("detail", containsString("25701"));
        Map<String, Object> noAddress = Tokens.person(Numbers.oid(), true);
        noAddress.remove("oktmo");
        Discussions.comment(Tokens.sign(noAddress), id, "Адреса нет", null).statusCode(403)
                .body("detail", containsString("нет адреса"));
        given().header("Accept-Language", "en").auth().oauth2(Tokens.sign(noAddress)).contentType(ContentType.JSON)
                .body(Map.of("text", "No address")).post("/api/v1/discussions/" + id + "/comments").then()
                .statusCode(403).body("detail", containsString("no address in the account"));
        given().contentType(ContentType.JSON).body(Map.of("text", "Аноним"))
                .post("/api/v1/discussions/" + id + "/comments").then().statusCode(401);
        long comment = Discussions.posted(Discussions.resident(), id, "Я из Иркутска", null);
        Discussions.react(Tokens.sign(angarsk), comment, "LIKE").statusCode(403);
        Discussions.officialReply(Discussions.ministryOfficial(), id, "Ответ министерства", comment).statusCode(201);
        Discussions.comment(Discussions.resident(), 987654321L, "Нет обсуждения", null).statusCode(404);
    }

    @Test
    void badInputNamesTheFieldAndPostsNothing() {
        long id = Discussions.open("POST");
        long other = Discussions.open("POST");
        long elsewhere = Discussions.posted(Discussions.resident(), other, "В другом обсуждении", null);
        String resident = Discussions.resident();
        Discussions.comment(resident, id, "   ", null).statusCode(400).body("errors.field", equalTo(List.of("text")));
        Discussions.comment(resident, id, "я".repeat(3001), null).statusCode(400).body("errors.field", equalTo(List.of("text")));
        Discussions.comment(resident, id, "Ответ", elsewhere).statusCode(400).body("errors.field", equalTo(List.of("parentId")));
        Discussions.comment(resident, id, "Ответ", -5L).statusCode(400).body("errors.field", equalTo(List.of("parentId")));
        given().auth().oauth2(resident).contentType(ContentType.JSON).body("{\"text\": \"Текст\", \"parentId\": \"первый\"}")
                .post("/api/v1/discussions/" + id + "/comments").then().statusCode(400)
                .body("errors.field", equalTo(List.of("parentId")));
        Discussions.page(null, id, Map.of("order", "random", "replies", 50, "limit", 0)).statusCode(400)
                .body("errors.field", hasItem("order")).body("errors.field", hasItem("replies"))
                .body("errors.field", hasItem("limit"));
        Discussions.page(null, id, Map.of("cursor", "garbage")).statusCode(400).body("errors.field", equalTo(List.of("cursor")));
        Discussions.posted(resident, other, "Ещё один", null);
        String cursor = Discussions.page(null, other, Map.of("limit", 1)).extract().jsonPath().getString("nextCursor");
        Discussions.page(null, other, Map.of("order", "top", "cursor", cursor)).statusCode(400)
                .body("errors.field", equalTo(List.of("cursor")));
        Discussions.act(resident, elsewhere, "moderate", Map.of("decision", "BAN")).statusCode(400)
                .body("errors.field", equalTo(List.of("decision")));
        Discussions.react(resident, elsewhere, "LOVE").statusCode(400).body("errors.field", equalTo(List.of("reaction")));
        Discussions.page(null, id, Map.of()).statusCode(200).body("items", empty());
    }
}
