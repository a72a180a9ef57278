package ru.otklik.webhooks;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Receiver;
import ru.otklik.testsupport.Receiver.Answer;
import ru.otklik.testsupport.Receiver.Received;
import ru.otklik.testsupport.Webhooks;

/**
 * Failures worth a retry are retried with growing delays, in the subscription's order; others are dead at once; a
 * subscription whose deliveries keep dying is disabled. The test profile's schedule: 200 ms doubling up to 400 ms,
 * dead after 2 s, disabled after 2 dead deliveries in a row.
 */
@QuarkusTest
class WebhookRetryTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aReceiverThatFailsTwiceGetsTheEventOnTheThirdAttemptAndTheNextEventOnlyAfterIt() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        try (Receiver receiver = Receiver.start()) {
            receiver.answering(200, new Answer(503, null), new Answer(500, null));
            long subscription = Webhooks.subscribe(partner, receiver, "appeal.registered").getLong("id");
            long first = tree.registeredAppeal("Первое: не убран снег во дворе");
            long second = tree.registeredAppeal("Второе: не убран снег на остановке");

            List<Received> received = receiver.await(4, WAIT);
            assertEquals(List.of(first, first, first, second), received.stream().map(WebhookRetryTest::appealId).toList(),
                    "the second event waits until the first succeeded");
            for (int i = 1; i < 3; i++) {
                long gap = Duration.between(received.get(i - 1).at(), received.get(i).at()).toMillis();
                assertTrue(gap >= 100, "a retry waits at least half the initial delay: " + gap + " ms");
            }
            JsonPath log = WebhookDeliveryTest.awaitLog(partner, subscription, 2);
            assertEquals(List.of("SUCCEEDED", "SUCCEEDED"), log.getList("items.status"));
            assertEquals(3, log.getInt("items[1].attempts"));
            assertEquals(List.of("RETRY", "RETRY", "SUCCEEDED"), log.getList("items[1].attemptLog.outcome"));
            assertEquals(List.of(503, 500, 200), log.getList("items[1].attemptLog.statusCode"));
        }
    }

    @Test
    void a429IsRetriedNoSoonerThanItsRetryAfter() {
        Partners.Tree tree = Partners.tree();
        try (Receiver receiver = Receiver.start()) {
            receiver.answering(200, new Answer(429, "1"));
            Webhooks.subscribe(Partners.registeredToken(tree.parentId()), receiver, "appeal.registered");
            tree.registeredAppeal("Шумят ночью на стройке");
            List<Received> received = receiver.await(2, WAIT);
            assertEquals(2, received.size());
            long gap = Duration.between(received.get(0).at(), received.get(1).at()).toMillis();
            assertTrue(gap >= 950, "Retry-After: 1 is honoured: " + gap + " ms");
        }
    }

    @Test
    void aClientErrorIsDeadAtOnceAndTheQueueMovesOn() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        try (Receiver receiver = Receiver.start()) {
            receiver.answering(200, new Answer(404, null));
            long subscription = Webhooks.subscribe(partner, receiver, "appeal.registered").getLong("id");
            tree.registeredAppeal("Первое: разбит асфальт");
            tree.registeredAppeal("Второе: разбит асфальт");
            assertEquals(2, receiver.await(2, WAIT).size());
            JsonPath log = WebhookDeliveryTest.awaitLog(partner, subscription, 2);
            assertEquals(List.of("SUCCEEDED", "DEAD"), log.getList("items.status"));
            assertEquals(1, log.getInt("items[1].attempts"), "no retry for a 404");
            assertEquals("ACTIVE", Webhooks.get(partner, subscription).getString("status"), "one dead delivery is not a pattern");
            assertEquals(0, Webhooks.get(partner, subscription).getInt("consecutiveDeadDeliveries"), "the success reset the count");
        }
    }

    @Test
    void deliveriesThatKeepFailingDieAndTheSubscriptionIsDisabledUntilEnabledAgain() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        try (Receiver receiver = Receiver.start()) {
            receiver.answering(500);
            long subscription = Webhooks.subscribe(partner, receiver, "appeal.registered").getLong("id");
            tree.registeredAppeal("Первое: течёт крыша");
            tree.registeredAppeal("Второе: течёт крыша");
            JsonPath log = WebhookDeliveryTest.awaitLog(partner, subscription, 2);
            assertEquals(List.of("DEAD", "DEAD"), log.getList("items.status"));
            assertTrue(log.getInt("items[1].attempts") >= 3, "retried until the give-up time: " + log.getInt("items[1].attempts"));
            JsonPath status = Webhooks.get(partner, subscription);
            assertEquals("DISABLED", status.getString("status"));
            assertEquals("DEAD_DELIVERIES", status.getString("disabledReason"));
            assertEquals(2, status.getInt("consecutiveDeadDeliveries"));

            int before = receiver.received().size();
            long third = tree.registeredAppeal("Третье: течёт крыша, пока подписка отключена");
            receiver.await(before + 1, Duration.ofSeconds(2));
            assertEquals(before, receiver.received().size(), "a disabled subscription sends nothing");

            receiver.answering(200);
            Map<String, Object> enable = Webhooks.subscription(receiver.url(), List.of("appeal.registered"));
            enable.put("active", true);
            given().auth().oauth2(partner).contentType(ContentType.JSON).body(enable)
                    .when().put("/api/v1/webhooks/" + subscription).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.equalTo("ACTIVE"))
                    .body("consecutiveDeadDeliveries", org.hamcrest.Matchers.equalTo(0));
            List<Received> resumed = receiver.await(before + 1, WAIT);
            assertEquals(third, appealId(resumed.get(resumed.size() - 1)), "it resumes where it stopped: nothing missed");
        }
    }

    static long appealId(Received received) {
        return new JsonObject(received.body()).getJsonObject("payload").getLong("appealId");
    }
}
