package ru.otklik.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Receiver;
import ru.otklik.testsupport.Receiver.Received;
import ru.otklik.testsupport.StandardWebhooks;
import ru.otklik.testsupport.Tokens;
import ru.otklik.testsupport.Webhooks;

/**
 * A partner's receiver hears of its organisations' events, each signed by Standard Webhooks and verified here by an
 * HMAC implementation of the test's own; never of another organisation's.
 */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anAppealsLifeArrivesSignedInOrderWithThePublicEnvelopeOnly() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        try (Receiver receiver = Receiver.start()) {
            JsonPath subscription = Webhooks.subscribe(partner, receiver, "appeal.*");
            String secret = subscription.getString("secret");
            String author = Numbers.oid();
            String text = "Не вывозят мусор уже две недели, двор " + author;
            long id = Appeals.file(Tokens.trustedCitizen(author), tree.appeal(text)).statusCode(201).extract().jsonPath().getLong("id");
            Appeals.register(id);
            String official = tree.official();
            Appeals.act(official, id, "take", null).statusCode(200);
            Appeals.act(official, id, "answer", Map.of("text", "Вывоз организован, график восстановлен с понедельника.")).statusCode(200);

            List<Received> received = receiver.await(3, WAIT);
            assertEquals(List.of("appeal.registered", "appeal.taken", "appeal.answered"),
                    received.stream().map(r -> new JsonObject(r.body()).getString("type")).toList(),
                    "not appeal.submitted: the organisation does not see an appeal before registration");
            long previous = 0;
            for (Received delivery : received) {
                assertTrue(StandardWebhooks.verifies(secret, delivery.id(), delivery.timestamp(), delivery.signature(),
                        delivery.body(), Instant.now().getEpochSecond()), delivery.toString());
                JsonObject envelope = new JsonObject(delivery.body());
                assertEquals(Long.toString(envelope.getLong("id")), delivery.id(), "webhook-id is the event id");
                assertTrue(envelope.getLong("id") > previous);
                previous = envelope.getLong("id");
                assertEquals("appeal", envelope.getJsonObject("aggregate").getString("kind"));
                assertEquals(id, envelope.getJsonObject("aggregate").getLong("id"));
                assertEquals(tree.childId(), envelope.getLong("organisationId"));
                assertEquals(id, envelope.getJsonObject("payload").getLong("appealId"));
                assertTrue(envelope.containsKey("occurredAt"));
                assertFalse(delivery.body().contains(author) || delivery.body().contains("мусор"), delivery.body());
            }
            assertEquals("ANSWERED",
                    new JsonObject(received.get(2).body()).getJsonObject("payload").getString("status"));

            JsonPath log = awaitLog(partner, subscription.getLong("id"), 3);
            assertEquals(List.of("SUCCEEDED", "SUCCEEDED", "SUCCEEDED"), log.getList("items.status"));
            assertEquals(List.of("appeal.answered", "appeal.taken", "appeal.registered"), log.getList("items.eventType"));
            assertEquals(200, log.getInt("items[0].attemptLog[0].statusCode"));
        }
    }

    @Test
    void aTamperedBodyOrAnOldTimestampDoesNotVerify() {
        Partners.Tree tree = Partners.tree();
        try (Receiver receiver = Receiver.start()) {
            String secret = Webhooks.subscribe(Partners.registeredToken(tree.parentId()), receiver, "appeal.registered")
                    .getString("secret");
            tree.registeredAppeal("Сломана лавочка в сквере у дома 5");
            Received delivery = receiver.await(1, WAIT).get(0);
            long sent = Long.parseLong(delivery.timestamp());
            assertTrue(StandardWebhooks.verifies(secret, delivery.id(), delivery.timestamp(), delivery.signature(), delivery.body(), sent));
            String tampered = delivery.body().replace("\"appeal.registered\"", "\"appeal.answered\"");
            assertFalse(StandardWebhooks.verifies(secret, delivery.id(), delivery.timestamp(), delivery.signature(), tampered, sent));
            assertFalse(StandardWebhooks.verifies(secret, "999999", delivery.timestamp(), delivery.signature(), delivery.body(), sent),
                    "the id is signed too");
            assertFalse(StandardWebhooks.verifies(secret, delivery.id(), delivery.timestamp(), delivery.signature(), delivery.body(),
                    sent + StandardWebhooks.TOLERANCE_SECONDS + 1), "a replay of an old message");
            assertFalse(StandardWebhooks.verifies("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                    delivery.id(), delivery.timestamp(), delivery.signature(), delivery.body(), sent), "another secret");
        }
    }

    @Test
    void afterARotationBothSecretsSignDuringTheOverlapThenOnlyTheNewOne() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        try (Receiver receiver = Receiver.start()) {
            JsonPath subscription = Webhooks.subscribe(partner, receiver, "appeal.registered");
            long id = subscription.getLong("id");
            String old = subscription.getString("secret");
            String rotated = given().auth().oauth2(partner).queryParam("overlapHours", 1)
                    .when().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200).extract().path("secret");
            tree.registeredAppeal("Не работает фонтан в парке");
            Received during = receiver.await(1, WAIT).get(0);
            long now = Instant.now().getEpochSecond();
            assertEquals(2, during.signature().split(" ").length);
            assertTrue(StandardWebhooks.verifies(old, during.id(), during.timestamp(), during.signature(), during.body(), now));
            assertTrue(StandardWebhooks.verifies(rotated, during.id(), during.timestamp(), during.signature(), during.body(), now));

            String latest = given().auth().oauth2(partner).queryParam("overlapHours", 0)
                    .when().post("/api/v1/webhooks/" + id + "/rotate-secret").then().statusCode(200).extract().path("secret");
            tree.registeredAppeal("Не работает фонтан в парке, снова");
            Received after = receiver.await(2, WAIT).get(1);
            now = Instant.now().getEpochSecond();
            assertEquals(1, after.signature().split(" ").length);
            assertTrue(StandardWebhooks.verifies(latest, after.id(), after.timestamp(), after.signature(), after.body(), now));
            assertFalse(StandardWebhooks.verifies(rotated, after.id(), after.timestamp(), after.signature(), after.body(), now));
        }
    }

    @Test
    void aPartnerNeverHearsOfAnotherOrganisationsEventsNorOfTypesItDidNotAskFor() {
        Partners.Tree mine = Partners.tree();
        Partners.Tree theirs = Partners.tree();
        String partner = Partners.registeredToken(mine.childId());
        try (Receiver receiver = Receiver.start()) {
            long subscription = Webhooks.subscribe(partner, receiver, "appeal.taken").getLong("id");
            long other = theirs.registeredAppeal("Чужое обращение про яму у школы");
            Appeals.act(theirs.official(), other, "take", null).statusCode(200);
            long own = mine.registeredAppeal("Своё обращение про яму у детского сада");
            Appeals.act(mine.official(), own, "take", null).statusCode(200);

            List<Received> received = receiver.await(1, WAIT);
            assertEquals(1, received.size());
            JsonObject envelope = new JsonObject(received.get(0).body());
            assertEquals("appeal.taken", envelope.getString("type"));
            assertEquals(own, envelope.getJsonObject("payload").getLong("appealId"));
            receiver.await(2, Duration.ofSeconds(2));
            assertEquals(1, receiver.received().size(), "nothing else arrives: " + receiver.received());
            assertEquals(1, Webhooks.deliveries(partner, subscription).getList("items").size());
        }
    }

    @Test
    void aDeliveryAndATimeRangeAreReplayedWithTheSameWebhookId() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        try (Receiver receiver = Receiver.start()) {
            long subscription = Webhooks.subscribe(partner, receiver, "appeal.registered").getLong("id");
            Instant before = Instant.now().minusSeconds(1);
            tree.registeredAppeal("Повалено дерево на тротуаре");
            Received first = receiver.await(1, WAIT).get(0);
            long delivery = awaitLog(partner, subscription, 1).getLong("items[0].id");

            given().auth().oauth2(partner).when().post("/api/v1/webhooks/" + subscription + "/deliveries/" + delivery + "/replay")
                    .then().statusCode(202).body("queued", org.hamcrest.Matchers.equalTo(1));
            given().auth().oauth2(partner).contentType(ContentType.JSON)
                    .body(Map.of("from", before.toString(), "to", Instant.now().plusSeconds(1).toString()))
                    .when().post("/api/v1/webhooks/" + subscription + "/replay")
                    .then().statusCode(202).body("queued", org.hamcrest.Matchers.equalTo(1));
            List<Received> all = receiver.await(3, WAIT);
            assertEquals(List.of(first.id(), first.id(), first.id()), all.stream().map(Received::id).toList());
            JsonPath log = awaitLog(partner, subscription, 3);
            assertEquals(List.of(true, true, false), log.getList("items.replay"));

            given().auth().oauth2(partner).when().post("/api/v1/webhooks/" + subscription + "/deliveries/987654321/replay")
                    .then().statusCode(404);
            given().auth().oauth2(partner).contentType(ContentType.JSON)
                    .body(Map.of("from", Instant.now().toString(), "to", before.toString()))
                    .when().post("/api/v1/webhooks/" + subscription + "/replay")
                    .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("to"));
        }
    }

    /** The delivery log once it shows {@code count} finished deliveries. */
    static JsonPath awaitLog(String token, long subscription, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        JsonPath log = Webhooks.deliveries(token, subscription);
        while (System.nanoTime() < deadline
                && log.getList("items.findAll { it.status != 'PENDING' }").size() < count) {
            sleep();
            log = Webhooks.deliveries(token, subscription);
        }
        return log;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
