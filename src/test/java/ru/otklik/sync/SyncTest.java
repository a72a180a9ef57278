package ru.otklik.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Supporters;
import ru.otklik.testsupport.Tokens;

/**
 * Offline sync over the outbox: a person's changes in commit order, resumable from a cursor, bounded pages, and
 * tombstones for what an official may no longer see or a former supporter no longer follows. A change is readable once every transaction that began before
 * it has ended, so the tests sync until what they expect has arrived.
 */
@QuarkusTest
class SyncTest {

    @Test
    void aFirstSyncIsTheCallersCurrentStateInCommitOrderAndNothingOfAnotherCitizen() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        String other = Tokens.trustedCitizen(Numbers.oid());
        long first = Appeals.filePothole(citizen);
        long second = Appeals.filePothole(citizen);
        Appeals.register(first);
        long theirs = Appeals.filePothole(other);

        JsonPath page = awaitSync(citizen, null, 100, json -> json.getList("changes").size() == 2
                && "appeal.registered".equals(json.getString("changes[1].event")));
        assertEquals(List.of(second, first), ids(page), "each appeal once, in the order of its latest change");
        assertEquals("SUBMITTED", page.getString("changes[0].state.status"));
        assertEquals("REGISTERED", page.getString("changes[1].state.status"));
        assertEquals(List.of("UPSERT", "UPSERT"), page.getList("changes.change"));
        assertFalse(ids(page).contains(theirs));
        assertFalse(page.getBoolean("more"));
    }

    @Test
    void aSyncFromACursorReturnsExactlyWhatChangedSince() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long untouched = Appeals.filePothole(citizen);
        long id = Appeals.inProgress(citizen);
        JsonPath before = awaitSync(citizen, null, 100, json -> json.getList("changes").size() == 2
                && "appeal.taken".equals(json.getString("changes[1].event")));
        String cursor = before.getString("cursor");

        Appeals.act(Appeals.official(), id, "answer", Map.of("text", "Яма заделана в рамках ямочного ремонта.")).statusCode(200);
        JsonPath after = awaitSync(citizen, cursor, 100, json -> !json.getList("changes").isEmpty());
        assertEquals(List.of(id), ids(after), "only the answered appeal, not " + untouched);
        assertEquals("appeal.answered", after.getString("changes[0].event"));
        assertEquals("ANSWERED", after.getString("changes[0].state.status"));

        JsonPath again = sync(citizen, after.getString("cursor"), 100).statusCode(200).extract().jsonPath();
        assertEquals(List.of(), again.getList("changes"), "nothing changed since");
        assertNotEquals(null, again.getString("cursor"));
    }

    @Test
    void pagesAreBoundedAndResumeWhereTheyStopped() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        List<Long> filed = List.of(Appeals.filePothole(citizen), Appeals.filePothole(citizen), Appeals.filePothole(citizen));
        awaitSync(citizen, null, 100, json -> json.getList("changes").size() == 3);

        List<Long> seen = new ArrayList<>();
        JsonPath page = sync(citizen, null, 2).statusCode(200).extract().jsonPath();
        assertEquals(2, page.getList("changes").size());
        assertTrue(page.getBoolean("more"));
        seen.addAll(ids(page));
        page = sync(citizen, page.getString("cursor"), 2).statusCode(200).extract().jsonPath();
        assertEquals(1, page.getList("changes").size());
        assertFalse(page.getBoolean("more"));
        seen.addAll(ids(page));
        assertEquals(filed, seen);
    }

    @Test
    void aRedirectAwayIsATombstoneForTheOfficialAndAChangeForTheAuthor() {
        Partners.Tree tree = Partners.tree();
        String official = tree.official();
        String author = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.file(author, tree.appeal("Не работает фонарь у школы " + Numbers.oid())).statusCode(201)
                .extract().jsonPath().getLong("id");
        Appeals.register(id);
        JsonPath seen = awaitSync(official, null, 100, json -> ids(json).contains(id));
        assertEquals("UPSERT", seen.getString("changes.find { it.id == " + id + " }.change"));

        Appeals.act(official, id, "redirect", Map.of("organisationId", tree.parentId(), "reason", "Вопрос вышестоящей организации"))
                .statusCode(200);
        JsonPath gone = awaitSync(official, seen.getString("cursor"), 100, json -> ids(json).contains(id));
        assertEquals("TOMBSTONE", gone.getString("changes[0].change"));
        assertEquals("appeal.redirected", gone.getString("changes[0].event"));
        assertNull(gone.get("changes[0].state"), "a tombstone shows nothing of the appeal");

        JsonPath mine = awaitSync(author, null, 100, json -> "appeal.redirected".equals(json.getString("changes[0].event")));
        assertEquals("UPSERT", mine.getString("changes[0].change"));
        assertEquals("REDIRECTED", mine.getString("changes[0].state.status"));
    }

    @Test
    void aSupporterSyncsTheSupportedAppealInOrderAndATombstoneOnceTheyWithdraw() {
        String author = Tokens.trustedCitizen(Numbers.oid());
        String supporter = Tokens.citizen(Numbers.oid());
        long id = Supporters.onTheMap(author);
        long other = Supporters.onTheMap(Tokens.trustedCitizen(Numbers.oid()));
        Supporters.support(supporter, id).statusCode(201);
        Supporters.support(supporter, other).statusCode(201);
        JsonPath supported = awaitSync(supporter, null, 100, json -> json.getList("changes.event")
                .equals(List.of("appeal.supported", "appeal.supported")));
        assertEquals(List.of(id, other), ids(supported), "each supported appeal once, in the order of its latest change");
        assertEquals(List.of("UPSERT", "UPSERT"), supported.getList("changes.change"));

        Supporters.takeAndAnswer(id);
        JsonPath answered = awaitSync(supporter, supported.getString("cursor"), 100,
                json -> "appeal.answered".equals(json.getString("changes[0].event")));
        assertEquals(List.of(id), ids(answered), "the organisation's work on the supported appeal, and nothing of " + other);
        assertEquals("UPSERT", answered.getString("changes[0].change"));
        assertEquals("ANSWERED", answered.getString("changes[0].state.status"));

        // resumed one event at a time from the same cursor: the same events, in commit order
        JsonPath first = sync(supporter, supported.getString("cursor"), 1).statusCode(200).extract().jsonPath();
        assertEquals("appeal.taken", first.getString("changes[0].event"));
        assertTrue(first.getBoolean("more"));
        JsonPath second = sync(supporter, first.getString("cursor"), 1).statusCode(200).extract().jsonPath();
        assertEquals("appeal.answered", second.getString("changes[0].event"));

        Supporters.withdraw(supporter, id).statusCode(200);
        JsonPath gone = awaitSync(supporter, answered.getString("cursor"), 100, json -> ids(json).contains(id));
        assertEquals(List.of(id), ids(gone));
        assertEquals("TOMBSTONE", gone.getString("changes[0].change"));
        assertNull(gone.get("changes[0].state"), "a tombstone shows nothing of the appeal");
        JsonPath fresh = sync(supporter, null, 100).statusCode(200).extract().jsonPath();
        assertEquals(List.of(other, id), ids(fresh), "the withdrawal is the latest change");
        assertEquals(List.of("UPSERT", "TOMBSTONE"), fresh.getList("changes.change"), "a first sync after the withdrawal too");

        JsonPath authors = awaitSync(author, null, 100, json -> ids(json).contains(id));
        assertEquals(List.of(id), ids(authors));
        assertEquals("UPSERT", authors.getString("changes[0].change"), "a supporter's withdrawal never hides the author's appeal");
        assertEquals("appeal.answered", authors.getString("changes[0].event"));
    }

    @Test
    void aBadCursorOrLimitIsA400NamingIt() {
        String citizen = Tokens.citizen(Numbers.oid());
        for (String bad : List.of("not-a-cursor", "Zm9vHzEfMg", "%%%")) {
            sync(citizen, bad, 10).statusCode(400).body("errors.field", hasItem("since"));
        }
        sync(citizen, null, 0).statusCode(400).body("errors.field", hasItem("limit"));
        sync(citizen, null, 101).statusCode(400).body("errors.field", hasItem("limit"));
        given().when().get("/api/v1/sync").then().statusCode(401);
        sync(citizen, null, 10).statusCode(200).body("changes.size()", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse sync(String token, String since, int limit) {
        var request = given().auth().oauth2(token).queryParam("limit", limit);
        if (since != null) {
            request.queryParam("since", since);
        }
        return request.when().get("/api/v1/sync").then();
    }

    private static JsonPath awaitSync(String token, String since, int limit, Predicate<JsonPath> done) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            JsonPath page = sync(token, since, limit).statusCode(200).extract().jsonPath();
            if (done.test(page) || System.nanoTime() > deadline) {
                return page;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return page;
            }
        }
    }

    private static List<Long> ids(JsonPath page) {
        return page.getList("changes.id", Long.class);
    }
}
