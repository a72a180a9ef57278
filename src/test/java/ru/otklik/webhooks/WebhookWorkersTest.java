package ru.otklik.webhooks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.Partners;
import ru.otklik.testsupport.Receiver;
import ru.otklik.testsupport.Receiver.Received;
import ru.otklik.testsupport.Webhooks;
import ru.otklik.webhooks.repository.DeliveryStore;
import ru.otklik.webhooks.service.WebhookDispatcher;

/**
 * Every instance delivers, none twice at a time: workers competing for the same deliveries never send one twice, and
 * a delivery whose worker died mid-way is sent by another once its lease has run out.
 */
@QuarkusTest
class WebhookWorkersTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DeliveryStore store;

    @Inject
    Pool pool;

    @Test
    void workersCompetingForTheSameDeliveriesSendEachOnce() throws Exception {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        try (Receiver receiver = Receiver.start()) {
            List<Long> subscriptions = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                subscriptions.add(Webhooks.subscribe(partner, receiver, "appeal.*").getLong("id"));
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<CompletableFuture<Void>> workers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                UUID worker = UUID.randomUUID();
                workers.add(CompletableFuture.runAsync(() -> {
                    while (!stop.get()) {
                        dispatcher.dispatch(worker).await().atMost(Duration.ofSeconds(30));
                    }
                }));
            }
            int appeals = 6;
            for (int i = 0; i < appeals; i++) {
                tree.registeredAppeal("Обращение для соревнующихся доставщиков № " + i);
            }
            int expected = appeals * subscriptions.size();
            receiver.await(expected, WAIT);
            receiver.await(expected + 1, Duration.ofSeconds(2));
            stop.set(true);
            CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).get();

            Map<String, Integer> perSubscriptionAndEvent = new HashMap<>();
            for (long subscription : subscriptions) {
                JsonPath log = WebhookDeliveryTest.awaitLog(partner, subscription, appeals);
                assertEquals(appeals, log.getList("items").size());
                assertEquals(List.of(1, 1, 1, 1, 1, 1), log.getList("items.attempts"), "each delivery sent once");
                log.getList("items.eventId", Long.class).forEach(event -> perSubscriptionAndEvent.merge(subscription + "/" + event, 1, Integer::sum));
            }
            assertEquals(expected, receiver.received().size(), "no request twice");
            assertTrue(perSubscriptionAndEvent.values().stream().allMatch(count -> count == 1));
        }
    }

    @Test
    void aDeliveryClaimedByAWorkerThatDiedIsSentByAnotherOnceTheLeaseRunsOut() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        long appeal = tree.registeredAppeal("Обращение, доставка которого оборвалась на полпути");
        long event = pool.preparedQuery("select id from outbox_event where aggregate_kind = 'appeal' and aggregate_id = $1 "
                + "and type = 'appeal.registered'").execute(Tuple.of(appeal)).await().indefinitely().iterator().next().getLong("id");
        try (Receiver receiver = Receiver.start()) {
            long subscription = Webhooks.subscribe(partner, receiver, "appeal.registered").getLong("id");
            // an instance claimed it for two seconds and died before recording anything
            Instant leaseEnds = pool.preparedQuery("""
                    insert into webhook_delivery (subscription_id, event_id, occurred_at, status, next_attempt_at, created_at,
                                                  claimed_until, claimed_by)
                    values ($1, $2, now(), 'PENDING', now(), now(), now() + interval '2 seconds', $3)
                    returning claimed_until""").execute(Tuple.of(subscription, event, UUID.randomUUID()))
                    .await().indefinitely().iterator().next().getOffsetDateTime("claimed_until").toInstant();

            List<Received> received = receiver.await(1, WAIT);
            assertEquals(1, received.size());
            assertEquals(Long.toString(event), received.get(0).id());
            assertFalse(received.get(0).at().isBefore(leaseEnds.minusMillis(200)), "not while the dead worker's lease holds");
            receiver.await(2, Duration.ofSeconds(2));
            assertEquals(1, receiver.received().size());
            JsonPath log = WebhookDeliveryTest.awaitLog(partner, subscription, 1);
            assertEquals("SUCCEEDED", log.getString("items[0].status"));
            assertEquals(1, log.getInt("items[0].attempts"));
        }
    }

    @Test
    void aWorkerWhoseLeaseRanOutRecordsNothing() {
        Partners.Tree tree = Partners.tree();
        String partner = Partners.registeredToken(tree.parentId());
        long appeal = tree.registeredAppeal("Обращение, у которого истекла аренда доставки");
        long event = pool.preparedQuery("select id from outbox_event where aggregate_kind = 'appeal' and aggregate_id = $1 "
                + "and type = 'appeal.registered'").execute(Tuple.of(appeal)).await().indefinitely().iterator().next().getLong("id");
        try (Receiver receiver = Receiver.start()) {
            long subscription = Webhooks.subscribe(partner, receiver, "appeal.registered").getLong("id");
            UUID late = UUID.randomUUID();
            UUID current = UUID.randomUUID();
            long delivery = pool.preparedQuery("""
                    insert into webhook_delivery (subscription_id, event_id, occurred_at, status, next_attempt_at, created_at,
                                                  claimed_until, claimed_by)
                    values ($1, $2, now(), 'PENDING', now(), now(), now() + interval '1 minute', $3)
                    returning id""").execute(Tuple.of(subscription, event, current))
                    .await().indefinitely().iterator().next().getLong("id");
            DeliveryStore.Claimed claimed = new DeliveryStore.Claimed(delivery, subscription, 0, List.of(), 0, Instant.now(),
                    receiver.url(), List.of(), null);
            DeliveryStore.Result ok = new DeliveryStore.Result(DeliveryStatus.SUCCEEDED, null, 200, null, 5, false);
            assertFalse(store.record(late, claimed, ok, 2).await().indefinitely(), "another worker holds the claim now");
            assertTrue(store.record(current, claimed, ok, 2).await().indefinitely());
            assertEquals(1, WebhookDeliveryTest.awaitLog(partner, subscription, 1).getList("items[0].attemptLog").size());
        }
    }
}
