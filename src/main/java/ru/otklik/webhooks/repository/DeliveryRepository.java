package ru.otklik.webhooks.repository;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Replays, inside the caller's transaction: a replay is a new delivery of an event delivered before, queued after
 * everything queued so far (the subscription's order is its queue's), signed and sent like any other.
 */
@ApplicationScoped
public class DeliveryRepository {

    private static final String REPLAY = """
            insert into webhook_delivery (subscription_id, event_id, occurred_at, replay, status, next_attempt_at, created_at)
            select d.subscription_id, d.event_id, d.occurred_at, true, 'PENDING', now(), now()
            from webhook_delivery d
            """;

    /** Queues one delivery again; false when the subscription has no such delivery. */
    public Uni<Boolean> replay(long subscriptionId, long deliveryId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery(REPLAY + "where d.id = :delivery and d.subscription_id = :subscription")
                .setParameter("delivery", deliveryId)
                .setParameter("subscription", subscriptionId)
                .executeUpdate())
                .map(count -> count > 0);
    }

    /** How many events of the subscription happened in [from, to) (index {@code webhook_delivery_occurred_idx}). */
    public Uni<Long> countBetween(long subscriptionId, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                select count(*) from webhook_delivery
                where subscription_id = :subscription and not replay and occurred_at >= :from and occurred_at < :to""", Long.class)
                .setParameter("subscription", subscriptionId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult());
    }

    /** Queues again every event of the subscription that happened in [from, to), in their order; how many. */
    public Uni<Integer> replayBetween(long subscriptionId, Instant from, Instant to) {
        return Panache.getSession().chain(session -> session.createNativeQuery(REPLAY + """
                where d.subscription_id = :subscription and not d.replay and d.occurred_at >= :from and d.occurred_at < :to
                order by d.id""")
                .setParameter("subscription", subscriptionId)
                .setParameter("from", from)
                .setParameter("to", to)
                .executeUpdate());
    }
}
