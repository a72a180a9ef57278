package ru.otklik.discussions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Discussions;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.ObsceneSamples;
import ru.otklik.testsupport.Tokens;

/** Who sees what in pre- and post-moderated discussions, who moderates, the word hold, the queue, official replies. */
@QuarkusTest
class CommentModerationTest {

    @Inject
    Pool pool;

    @Test
    void inPreModeOthersSeeOnlyApprovedCommentsAndTheAuthorSeesTheirOwnPendingOnes() {
        long id = Discussions.open("PRE");
        String author = Discussions.resident();
        long comment = Discussions.comment(author, id, "Предлагаю сохранить старые липы", null).statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("mine", equalTo(true))
                .body("allowedActions", equalTo(List.of("edit", "delete")))
                .extract().jsonPath().getLong("id");
        Discussions.page(null, id, Map.of()).statusCode(200).body("items", empty());
        Discussions.page(Discussions.resident(), id, Map.of()).statusCode(200).body("items", empty());
        Discussions.page(Discussions.ministryOfficial(), id, Map.of()).statusCode(200).body("items", empty());
        Discussions.page(author, id, Map.of()).statusCode(200)
                .body("items.id", equalTo(List.of((int) comment)))
                .body("items[0].status", equalTo("PENDING"))
                .body("items[0].mine", equalTo(true));
        given().get("/api/v1/discussions/" + id + "/comments/" + comment).then().statusCode(404);
        given().auth().oauth2(Discussions.resident()).get("/api/v1/discussions/" + id + "/comments/" + comment).then()
                .statusCode(404);
        Discussions.react(Discussions.resident(), comment, "LIKE").statusCode(404);
        Discussions.comment(Discussions.resident(), id, "Ответ на невидимое", comment).statusCode(400)
                .body("errors.field", equalTo(List.of("parentId")));

        Discussions.act(Tokens.moderator(), comment, "moderate", Map.of("decision", "APPROVE")).statusCode(200)
                .body("status", equalTo("VISIBLE"));
        Discussions.page(null, id, Map.of()).statusCode(200)
                .body("items[0].text", equalTo("Предлагаю сохранить старые липы"))
                .body("items[0].mine", equalTo(false));
        assertEquals(List.of("comment.submitted", "comment.posted"), types(comment));
    }

    @Test
    void inPostModeACommentIsVisibleAtOnceAndAHiddenOneIsAPlaceholderToOthers() {
        long id = Discussions.open("POST");
        String author = Discussions.resident();
        long comment = Discussions.comment(author, id, "Вы все там некомпетентны", null).statusCode(201)
                .body("status", equalTo("VISIBLE")).extract().jsonPath().getLong("id");
        long reply = Discussions.posted(Discussions.resident(), id, "Не согласен", comment);
        Discussions.act(Tokens.moderator(), comment, "moderate", Map.of("decision", "HIDE")).statusCode(400)
                .body("errors.field", equalTo(List.of("reason")));
        Discussions.act(Tokens.moderator(), comment, "moderate", Map.of("decision", "APPROVE", "reason", "SPAM"))
                .statusCode(400).body("errors.field", equalTo(List.of("reason")));
        Discussions.act(Tokens.moderator(), comment, "moderate", Map.of("decision", "APPROVE")).statusCode(409)
                .body("type", equalTo("https://otklik.ru/problems/invalid-transition"))
                .body("currentStatus", equalTo("VISIBLE"));
        Discussions.act(Tokens.moderator(), comment, "moderate", Map.of("decision", "HIDE", "reason", "INSULT"))
                .statusCode(200).body("status", equalTo("HIDDEN")).body("hideReason", equalTo("INSULT"));

        Discussions.page(null, id, Map.of()).statusCode(200)
                .body("items[0].id", equalTo((int) comment))
                .body("items[0].status", equalTo("HIDDEN"))
                .body("items[0].text", nullValue())
                .body("items[0].author", nullValue())
                .body("items[0]", not(org.hamcrest.Matchers.hasKey("hideReason")))
                .body("items[0].replies[0].id", equalTo((int) reply))
                .body("items[0].replies[0].text", equalTo("Не согласен"));
        given().get("/api/v1/discussions/" + id + "/comments/" + comment).then().statusCode(404);
        given().auth().oauth2(author).get("/api/v1/discussions/" + id + "/comments/" + comment).then().statusCode(200)
                .body("text", equalTo("Вы все там некомпетентны"))
                .body("hideReason", equalTo("INSULT"));
        Discussions.react(Discussions.resident(), comment, "LIKE").statusCode(404);
        Discussions.act(author, comment, "edit", Map.of("text", "Исправлю")).statusCode(409)
                .body("currentStatus", equalTo("HIDDEN"));

        Discussions.act(Tokens.moderator(), comment, "moderate", Map.of("decision", "RESTORE")).statusCode(200)
                .body("status", equalTo("VISIBLE"));
        assertEquals(List.of("comment.posted", "comment.hidden", "comment.restored"), types(comment));
    }

    @Test
    void theOwningOrganisationsAdministratorModeratesAndNobodyElseDoes() {
        long id = Discussions.open("PRE");
        long pending = Discussions.posted(Discussions.resident(), id, "Когда начнутся работы?", null);
        Discussions.act(Tokens.orgAdmin(Numbers.oid(), Discussions.CITY_HALL), pending, "moderate",
                Map.of("decision", "APPROVE")).statusCode(404);
        Discussions.act(Discussions.ministryOfficial(), pending, "moderate", Map.of("decision", "APPROVE")).statusCode(404);
        Discussions.act(Discussions.resident(), pending, "moderate", Map.of("decision", "APPROVE")).statusCode(404);
        Discussions.act(Discussions.ministryAdmin(), pending, "moderate", Map.of("decision", "APPROVE")).statusCode(200)
                .body("status", equalTo("VISIBLE"));
        Discussions.act(Discussions.ministryOfficial(), pending, "moderate",
                Map.of("decision", "HIDE", "reason", "SPAM")).statusCode(403);
        Discussions.act(Discussions.resident(), pending, "moderate", Map.of("decision", "HIDE", "reason", "SPAM"))
                .statusCode(403);
        given().auth().oauth2(Discussions.ministryAdmin()).get("/api/v1/discussions/" + id + "/comments/" + pending)
                .then().statusCode(200).body("allowedActions", equalTo(List.of("moderate")));
        List<Row> events = rows(pending);
        assertEquals("ORG_ADMIN", events.get(1).getString("actor_role"));
        assertEquals(Discussions.organisationId(Discussions.MINISTRY), events.get(1).getLong("actor_organisation_id"));
    }

    @Test
    void anObsceneCommentIsHeldEvenInPostModeWithAReasonForModeratorsOnly() {
        long id = Discussions.open("POST");
        String author = Discussions.resident();
        for (String text : ObsceneSamples.disguised()) {
            long held = Discussions.comment(author, id, "Проект " + text + " полный", null).statusCode(201)
                    .body("status", equalTo("PENDING"))
                    .body("$", not(org.hamcrest.Matchers.hasKey("holdReason")))
                    .extract().jsonPath().getLong("id");
            given().auth().oauth2(Tokens.moderator()).get("/api/v1/discussions/" + id + "/comments/" + held).then()
                    .statusCode(200).body("holdReason", equalTo("OBSCENE_WORDS"));
        }
        Discussions.comment(author, id, "Прошу не оскорблять жителей, а команда подрядчика пусть застрахует работы",
                null).statusCode(201).body("status", equalTo("VISIBLE"));
        Discussions.page(null, id, Map.of()).statusCode(200).body("items.size()", equalTo(1));
        given().auth().oauth2(Tokens.moderator()).queryParam("discussion", id).queryParam("limit", 100)
                .get("/api/v1/comments/moderation-queue").then().statusCode(200)
                .body("items.size()", equalTo(ObsceneSamples.disguised().size()))
                .body("items.holdReason", not(hasItem(nullValue())));
    }

    @Test
    void theQueueListsWhatWaitsOldestFirstToModeratorsAndToTheOrganisationsAdministrators() {
        long id = Discussions.open("PRE");
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(Discussions.posted(Discussions.resident(), id, "Предложение номер " + i, null));
        }
        var first = given().auth().oauth2(Tokens.moderator()).queryParam("discussion", id).queryParam("limit", 3)
                .get("/api/v1/comments/moderation-queue").then().statusCode(200)
                .body("items.text", equalTo(List.of("Предложение номер 0", "Предложение номер 1", "Предложение номер 2")))
                .body("nextCursor", not(nullValue())).extract().jsonPath();
        given().auth().oauth2(Tokens.moderator()).queryParam("discussion", id).queryParam("limit", 3)
                .queryParam("cursor", first.getString("nextCursor")).get("/api/v1/comments/moderation-queue").then()
                .statusCode(200).body("items.id", equalTo(List.of(waiting.get(3).intValue(), waiting.get(4).intValue())))
                .body("nextCursor", nullValue());
        Discussions.approve(waiting.get(0));
        given().auth().oauth2(Discussions.ministryAdmin()).queryParam("discussion", id)
                .get("/api/v1/comments/moderation-queue").then().statusCode(200).body("items.size()", equalTo(4));
        given().auth().oauth2(Discussions.ministryAdmin())
                .queryParam("organisation", Discussions.organisationId(Discussions.CITY_HALL))
                .get("/api/v1/comments/moderation-queue").then().statusCode(403);
        given().auth().oauth2(Tokens.orgAdmin(Numbers.oid(), Discussions.CITY_HALL)).queryParam("discussion", id)
                .get("/api/v1/comments/moderation-queue").then().statusCode(200).body("items", empty());
        given().auth().oauth2(Discussions.ministryOfficial()).get("/api/v1/comments/moderation-queue").then()
                .statusCode(403);
        given().auth().oauth2(Discussions.resident()).get("/api/v1/comments/moderation-queue").then().statusCode(403);
        given().get("/api/v1/comments/moderation-queue").then().statusCode(401);
    }

    @Test
    void anOfficialRepliesAsTheOrganisationAndTheDiscussionCountsAnsweredThreads() {
        long id = Discussions.open("PRE");
        long first = Discussions.posted(Discussions.resident(), id, "Где будет парковка?", null);
        long second = Discussions.posted(Discussions.resident(), id, "Сколько будет урн?", null);
        Discussions.approve(first);
        Discussions.approve(second);
        long reply = Discussions.posted(Discussions.resident(), id, "Тоже интересно", first);
        Discussions.approve(reply);

        long official = Discussions.officialReply(Discussions.ministryOfficial(), id, "Парковка на 20 мест у входа", reply)
                .statusCode(201)
                .body("status", equalTo("VISIBLE"))
                .body("official", equalTo(true))
                .body("author", equalTo("Минэнерго и ЖКХ Иркутской области"))
                .body("depth", equalTo(2))
                .extract().jsonPath().getLong("id");
        given().get("/api/v1/discussions/" + id).then().body("officiallyAnswered", equalTo(1));
        Discussions.officialReply(Discussions.ministryAdmin(), id, "И ещё 5 мест для инвалидов", first).statusCode(201);
        given().get("/api/v1/discussions/" + id).then().body("officiallyAnswered", equalTo(1));
        Discussions.officialReply(Discussions.ministryAdmin(), id, "Урн будет десять", second).statusCode(201);
        given().get("/api/v1/discussions/" + id).then().body("officiallyAnswered", equalTo(2));
        given().queryParam("q", given().get("/api/v1/discussions/" + id).then().extract().jsonPath().getString("title"))
                .get("/api/v1/discussions").then().body("items[0].officiallyAnswered", equalTo(2));
        Discussions.act(Discussions.ministryOfficial(), official, "delete", null).statusCode(200)
                .body("status", equalTo("DELETED"));
        given().get("/api/v1/discussions/" + id).then().body("officiallyAnswered", equalTo(2));

        Discussions.officialReply(Discussions.resident(), id, "Я тоже министерство", first).statusCode(403);
        Discussions.officialReply(Tokens.official(Numbers.oid(), Discussions.CITY_HALL), id, "Мы мэрия", first)
                .statusCode(403);
        given().auth().oauth2(Discussions.ministryOfficial()).contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("text", "Обращение к жителям", "asOrganisation", true))
                .post("/api/v1/discussions/" + id + "/comments").then().statusCode(400)
                .body("errors.field", equalTo(List.of("parentId")));
        Discussions.officialReply(Discussions.ministryOfficial(), id, ObsceneSamples.disguised().get(0), first)
                .statusCode(400).body("errors.field", equalTo(List.of("text")));
        assertEquals(List.of("comment.official_reply", "comment.deleted"), types(official));
        assertEquals("OFFICIAL", rows(official).get(0).getString("actor_role"));
    }

    @Test
    void commentsShowNameAndInitialAndNeverAnOid() {
        long id = Discussions.open("POST");
        String oid = Numbers.oid();
        Map<String, Object> claims = Tokens.person(oid, true);
        claims.put("given_name", "Мария");
        claims.put("family_name", "Иванова");
        claims.put("name", "Иванова Мария Сергеевна");
        String token = Tokens.sign(claims);
        long comment = Discussions.comment(token, id, "Нужна пандусная дорожка", null).statusCode(201)
                .body("author", equalTo("Мария И.")).extract().jsonPath().getLong("id");
        Discussions.posted(Discussions.resident(), id, "Согласен", comment);
        for (String reader : new String[] { null, token, Tokens.moderator() }) {
            String page = Discussions.page(reader, id, Map.of()).statusCode(200).extract().asString();
            assertFalse(page.contains(oid) || page.contains("Иванова") || page.contains("Сергеевна"), page);
        }
        given().auth().oauth2(token).get("/api/v1/discussions/" + id + "/comments/" + comment).then()
                .body("mine", equalTo(true)).body(not(containsString(oid)));
        for (Row row : rows(comment)) {
            assertFalse(row.getString("payload").contains(oid), row.getString("payload"));
            assertFalse(row.getString("payload").contains("Мария"), row.getString("payload"));
        }
    }

    private List<String> types(long commentId) {
        return rows(commentId).stream().map(row -> row.getString("type")).toList();
    }

    private List<Row> rows(long commentId) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("select type, actor_role, actor_organisation_id, payload::text as payload from outbox_event "
                + "where aggregate_kind = 'comment' and aggregate_id = $1 order by id")
                .execute(Tuple.of(commentId)).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
