package ru.otklik.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.live.service.EventHub;
import ru.otklik.shared.events.Audience;
import ru.otklik.testsupport.Appeals;
import ru.otklik.testsupport.EventStream;
import ru.otklik.testsupport.EventStream.Message;
import ru.otklik.testsupport.Numbers;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Tokens;

/** Signed-in callers hear of the events they may see as they commit, and resume after a disconnection. */
@QuarkusTest
class LiveStreamTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Inject
    EventHub hub;

    @Inject
    Pool pool;

    @Test
    void eachCallerHearsLiveOfWhatItMaySeeAndNothingElse() {
        Partners.Tree tree = Partners.tree();
        String author = Numbers.oid();
        String citizen = Tokens.trustedCitizen(author);
        String official = tree.official();
        try (EventStream own = EventStream.open(citizen, null);
                EventStream stranger = EventStream.open(Tokens.trustedCitizen(Numbers.oid()), null);
                EventStream organisation = EventStream.open(official, null);
                EventStream partner = EventStream.open(Partners.registeredToken(tree.parentId()), null);
                EventStream otherPartner = EventStream.open(Partners.registeredToken(Partners.tree().parentId()), null);
                EventStream moderator = EventStream.open(Tokens.moderator(), null)) {
            assertEquals(200, own.status());
            assertTrue(own.contentType().startsWith("text/event-stream"), own.contentType());
            long id = Appeals.file(citizen, tree.appeal("Нет горячей воды в доме 7 " + author)).statusCode(201)
                    .extract().jsonPath().getLong("id");
            Appeals.register(id);
            Appeals.act(official, id, "take", null).statusCode(200);
            Predicate<Message> ofAppeal = message -> appealId(message) == id;

            List<Message> mine = own.await(3, ofAppeal, WAIT);
            assertEquals(List.of("appeal.submitted", "appeal.registered", "appeal.taken"), mine.stream().map(Message::event).toList());
            for (Message message : mine) {
                assertNotNull(message.id());
                JsonObject envelope = new JsonObject(message.data());
                assertEquals(message.event(), envelope.getString("type"));
                assertFalse(message.data().contains(author), "no author in an event: " + message.data());
            }
            assertEquals(List.of("appeal.registered", "appeal.taken"),
                    organisation.await(2, ofAppeal, WAIT).stream().map(Message::event).toList(),
                    "the organisation hears of it once registered");
            assertEquals(List.of("appeal.registered", "appeal.taken"),
                    partner.await(2, ofAppeal, WAIT).stream().map(Message::event).toList());
            assertEquals(3, moderator.await(3, ofAppeal, WAIT).size());
            stranger.await(1, ofAppeal, Duration.ofSeconds(1));
            assertEquals(List.of(), stranger.messages().stream().filter(ofAppeal).toList());
            assertEquals(List.of(), otherPartner.messages().stream().filter(ofAppeal).toList());
        }
    }

    @Test
    void aClientResumesAfterTheLastEventItGotWithLastEventId() {
        String citizen = Tokens.trustedCitizen(Numbers.oid());
        long id;
        String lastSeen;
        try (EventStream first = EventStream.open(citizen, null)) {
            id = Appeals.filePothole(citizen);
            lastSeen = first.await(1, message -> appealId(message) == id, WAIT).get(0).id();
        }
        Appeals.register(id);
        Appeals.act(citizen, id, "withdraw", Map.of("reason", "Решилось")).statusCode(200);
        try (EventStream resumed = EventStream.open(citizen, lastSeen)) {
            List<Message> missed = resumed.await(2, message -> appealId(message) == id, WAIT);
            assertEquals(List.of("appeal.registered", "appeal.withdrawn"), missed.stream().map(Message::event).toList(),
                    "what happened while disconnected, not what was seen before");
            long next = Appeals.filePothole(citizen);
            assertEquals(1, resumed.await(1, message -> appealId(message) == next, WAIT).size(), "and then live again");
        }
    }

    @Test
    void idleStreamsGetHeartbeats() {
        try (EventStream stream = EventStream.open(Tokens.trustedCitizen(Numbers.oid()), null)) {
            assertTrue(stream.awaitHeartbeat(WAIT));
        }
    }

    @Test
    void aStreamNeedsATokenAndAWellFormedLastEventId() {
        try (EventStream anonymous = EventStream.open(null, null)) {
            assertEquals(401, anonymous.status());
        }
        try (EventStream bad = EventStream.open(Tokens.trustedCitizen(Numbers.oid()), "yesterday")) {
            assertEquals(400, bad.status());
            assertTrue(bad.bodyText().contains("Last-Event-ID"));
        }
    }

    @Test
    void aClientThatDoesNotKeepUpIsDroppedRatherThanBuffered() throws InterruptedException {
        AssertSubscriber<EventHub.Message> slow = hub.stream(Audience.everyone(), null)
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        for (int i = 0; i < 40; i++) {
            pool.query("""
                    insert into outbox_event (type, aggregate_kind, aggregate_id, occurred_at, payload, action, actor_role)
                    values ('test.happened', 'test', 1, now(), '{}', 'TEST', 'TEST')""").execute().await().indefinitely();
        }
        Thread.sleep(1500);
        slow.request(1000);
        slow.awaitFailure(WAIT);
        assertTrue(slow.getItems().size() <= 16, "at most the buffer (16 in tests) was kept: " + slow.getItems().size());
    }

    private static long appealId(Message message) {
        if (message.data() == null || !message.data().startsWith("{")) {
            return -1;
        }
        JsonObject payload = new JsonObject(message.data()).getJsonObject("payload");
        return payload == null || payload.getLong("appealId") == null ? -1 : payload.getLong("appealId");
    }
}
