package ru.otklik.polls;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Polls;

/** The public list of polls: filters, Russian full-text search, keyset pages. */
@QuarkusTest
class PollListTest {

    @Test
    void anyoneListsPublishedPollsByAudienceSearchAndOpenness() {
        String word = "Велодорожк" + letters();
        Map<String, Object> bratsk = Polls.squarePoll();
        bratsk.put("title", "Где проложить велодорожки? " + word + "ами");
        bratsk.put("audience", Map.of("kind", "OKTMO", "oktmoPrefixes", List.of("25714")));
        long forBratsk = Polls.published(bratsk);
        Map<String, Object> irkutsk = Polls.squarePoll();
        irkutsk.put("description", "Опрос о " + word + "ах в Иркутске");
        long forIrkutsk = Polls.published(irkutsk);
        given().queryParam("q", word.toLowerCase()).get("/api/v1/polls").then().statusCode(200)
                .body("items.id", equalTo(List.of((int) forIrkutsk, (int) forBratsk)));
        given().queryParam("q", word).queryParam("oktmo", Polls.BRATSK).get("/api/v1/polls").then()
                .body("items.id", equalTo(List.of((int) forBratsk)))
                .body("items[0].audience.oktmoPrefixes", equalTo(List.of("25714")));
        given().queryParam("q", word).queryParam("oktmo", Polls.IRKUTSK).queryParam("openNow", true).get("/api/v1/polls").then()
                .body("items.id", equalTo(List.of((int) forIrkutsk)))
                .body("items[0].open", equalTo(true)).body("items[0].status", equalTo("PUBLISHED"));
        given().queryParam("q", word).queryParam("oktmo", "45000000001").get("/api/v1/polls").then()
                .body("items", org.hamcrest.Matchers.emptyIterable());
        given().queryParam("status", "PUBLISHED").queryParam("limit", 100).get("/api/v1/polls").then()
                .body("items.status", everyItem(equalTo("PUBLISHED")));
        given().queryParam("q", word).queryParam("status", "CLOSED").get("/api/v1/polls").then()
                .body("items", org.hamcrest.Matchers.emptyIterable());
    }

    @Test
    void theOrganisationsPollsComeNewestFirstPageByPage() {
        long organisation = given().auth().oauth2(Polls.official()).get("/api/v1/polls/" + Polls.published())
                .then().extract().jsonPath().getLong("organisation.id");
        long draft = Polls.draft(Polls.squarePoll());
        List<Integer> ids = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(Polls.official()).queryParam("organisation", organisation).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/polls").then().statusCode(200).extract().jsonPath();
            ids.addAll(page.getList("items.id", Integer.class));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertTrue(ids.contains((int) draft), "the owner sees its drafts in the list");
        assertEquals(new HashSet<>(ids).size(), ids.size(), "no poll twice across pages");
        List<Integer> sorted = new ArrayList<>(ids);
        sorted.sort((a, b) -> b - a);
        assertEquals(sorted, ids, "newest first");
        given().queryParam("organisation", organisation).queryParam("limit", 100).get("/api/v1/polls").then()
                .body("items.id", not(hasItem((int) draft)));
    }

    private static String letters() {
        StringBuilder word = new StringBuilder();
        for (char digit : Numbers.oid().substring(1, 6).toCharArray()) {
            word.append((char) ('а' + (digit - '0')));
        }
        return word.toString();
    }
}
