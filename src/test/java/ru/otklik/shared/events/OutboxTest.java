package ru.otklik.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Tokens;

/** Every change writes one event to the shared outbox, in its own transaction, and nothing else does. */
@QuarkusTest
class OutboxTest {

    @Inject
    Pool pool;

    @Inject
    EventCatalogue catalogue;

    @Test
    void everyStepOfAnAppealLeavesOneEventWithItsTypeAudienceAndAPayloadWithoutPersonalData() {
        String oid = Numbers.oid();
        String citizen = Tokens.trustedCitizen(oid);
        String text = "Яма у подъезда, в которую упала бабушка " + oid;
        long id = Appeals.file(citizen, Appeals.pothole(text)).statusCode(201).extract().jsonPath().getLong("id");
        Appeals.register(id);
        Appeals.act(Appeals.official(), id, "take", null).statusCode(200);
        Appeals.act(Appeals.official(), id, "answer", Map.of("text", "Яма будет заделана до конца недели, спасибо.")).statusCode(200);
        Appeals.act(citizen, id, "rate", Map.of("rating", 4, "comment", "Хорошо")).statusCode(200);

        List<Row> events = events(id);
        assertEquals(List.of("appeal.submitted", "appeal.registered", "appeal.taken", "appeal.answered", "appeal.rated"),
                events.stream().map(row -> row.getString("type")).toList());
        assertNull(events.get(0).getLong("organisation_id"), "the organisation does not see an appeal before registration");
        long organisation = events.get(1).getLong("organisation_id");
        events.subList(1, 5).forEach(row -> assertEquals(organisation, row.getLong("organisation_id")));
        events.forEach(row -> assertEquals(oid, row.getString("subject_oid")));
        JsonObject answered = new JsonObject(events.get(3).getString("payload"));
        assertEquals(id, answered.getLong("appealId"));
        assertEquals("ANSWERED", answered.getString("status"));
        assertEquals(organisation, answered.getLong("organisationId"));
        for (Row row : events) {
            String payload = row.getString("payload");
            assertFalse(payload.contains(text) || payload.contains("Яма") || payload.contains(oid) || payload.contains("Тестов"),
                    "no personal data in a payload: " + payload);
        }
    }

    @Test
    void aRefusedOrReplayedActionLeavesNoEvent() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id = Appeals.filePothole(citizen);
        Appeals.act(citizen, id, "rate", Map.of("rating", 5)).statusCode(409);
        Appeals.act(Tokens.moderator(), id, "moderate", Map.of("decision", "REJECT")).statusCode(400);
        Appeals.act(Tokens.trustedCitizen(Numbers.oid()), id, "withdraw", Map.of()).statusCode(404);
        io.restassured.RestAssured.given().auth().oauth2(citizen).header("If-Match", "\"7\"")
                .contentType(io.restassured.http.ContentType.JSON).body(Map.of())
                .post("/api/v1/appeals/" + id + "/withdraw").then().statusCode(409);
        String key = java.util.UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            io.restassured.RestAssured.given().auth().oauth2(citizen).header("Idempotency-Key", key)
                    .contentType(io.restassured.http.ContentType.JSON).body(Map.of("reason", "Решилось само"))
                    .post("/api/v1/appeals/" + id + "/withdraw").then().statusCode(200);
        }
        assertEquals(List.of("appeal.submitted", "appeal.withdrawn"), events(id).stream().map(row -> row.getString("type")).toList());
    }

    @Test
    void theCatalogueHoldsEveryEventOfEveryTableAndTheReadmeDocumentsEach() throws IOException {
        assertTrue(catalogue.types().containsAll(List.of("appeal.submitted", "appeal.registered", "appeal.rejected",
                "appeal.taken", "appeal.answered", "appeal.redirected", "appeal.extended", "appeal.withdrawn",
                "appeal.rated", "appeal.reopened", "appeal.attachment_added")), catalogue.types().toString());
        String readme = Files.readString(Path.of("README.md"));
        List<String> undocumented = new ArrayList<>();
        for (String type : catalogue.types()) {
            if (!readme.contains("`" + type + "`")) {
                undocumented.add(type);
            }
        }
        assertEquals(List.of(), undocumented, "event types missing from the README's catalogue");
    }

    private List<Row> events(long appealId) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("select type, organisation_id, subject_oid, payload::text as payload from outbox_event "
                + "where aggregate_kind = 'appeal' and aggregate_id = $1 order by id")
                .execute(Tuple.of(appealId)).await().indefinitely().forEach(rows::add);
        return rows;
    }
}
