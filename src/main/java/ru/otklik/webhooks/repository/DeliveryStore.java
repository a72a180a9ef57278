package ru.otklik.webhooks.repository;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.events.OutboxPosition;
import ru.otklik.shared.events.PublishedEvent;
import ru.otklik.webhooks.DeliveryStatus;

/**
 * The delivery machinery's SQL, run by background workers in every instance, each step a short transaction of its
 * own on the pool (no request, no session: SKIP LOCKED, xid8 and data-modifying statements that Panache does not
 * express). No connection is held between the steps: never while a partner is awaited.
 */
@ApplicationScoped
public class DeliveryStore {

    /** An active subscription as the fan-out follows the outbox for it. */
    public record Following(long subscriptionId, long partnerId, List<String> eventTypes, List<Long> organisationIds,
            OutboxPosition cursor) {
    }

    /** A delivery claimed by a worker, with everything its sending needs. */
    public record Claimed(long deliveryId, long subscriptionId, long partnerId, List<Long> organisationIds, int attempts,
            Instant queuedAt, String url, List<String> secrets, PublishedEvent event) {
    }

    /** What an attempt came to. {@code nextAttemptAt} only for RETRY; {@code countsAsDead} for a DEAD one that the partner caused. */
    public record Result(DeliveryStatus status, Instant nextAttemptAt, Integer statusCode, String error, int latencyMs,
            boolean countsAsDead) {

        public String outcome() {
            return status == DeliveryStatus.PENDING ? "RETRY" : status.name();
        }
    }

    private final Pool pool;

    public DeliveryStore(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<Following>> following() {
        return pool.query("""
                select id, partner_id, event_types, organisation_ids, cursor_tx::text as cursor_tx, cursor_id
                from webhook_subscription where status = 'ACTIVE' order by id""").execute()
                .map(rows -> {
                    List<Following> all = new ArrayList<>();
                    rows.forEach(row -> all.add(new Following(row.getLong("id"), row.getLong("partner_id"),
                            Arrays.asList(row.getArrayOfStrings("event_types")), Arrays.asList(row.getArrayOfLongs("organisation_ids")),
                            new OutboxPosition(Long.parseLong(row.getString("cursor_tx")), row.getLong("cursor_id")))));
                    return all;
                });
    }

    /**
     * Moves the subscription's cursor from {@code from} to {@code to} and queues the events, in one transaction, if the
     * cursor still stands at {@code from}: of instances fanning out at once, one does it. False when another did.
     */
    public Uni<Boolean> advance(long subscriptionId, OutboxPosition from, OutboxPosition to, List<PublishedEvent> events) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                update webhook_subscription set cursor_tx = $4::text::xid8, cursor_id = $5
                where id = $1 and status = 'ACTIVE' and cursor_tx = $2::text::xid8 and cursor_id = $3""")
                .execute(Tuple.of(subscriptionId, Long.toString(from.txId()), from.id(), Long.toString(to.txId()), to.id()))
                .chain(moved -> moved.rowCount() == 0 ? Uni.createFrom().item(false)
                        : events.isEmpty() ? Uni.createFrom().item(true) : enqueue(connection, subscriptionId, events)));
    }

    private static Uni<Boolean> enqueue(SqlConnection connection, long subscriptionId, List<PublishedEvent> events) {
        return connection.preparedQuery("""
                insert into webhook_delivery (subscription_id, event_id, occurred_at, status, next_attempt_at, created_at)
                select $1, e.id, e.at, 'PENDING', now(), now()
                from unnest($2::bigint[], $3::timestamptz[]) with ordinality as e(id, at, n)
                order by e.n
                on conflict (subscription_id, event_id) where not replay do nothing""")
                .execute(Tuple.of(subscriptionId, events.stream().map(PublishedEvent::id).toArray(Long[]::new),
                        events.stream().map(event -> event.occurredAt().atOffset(java.time.ZoneOffset.UTC))
                                .toArray(java.time.OffsetDateTime[]::new)))
                .map(ignored -> true);
    }

    /**
     * Claims up to {@code limit} due deliveries for this worker for the lease: of each active subscription only the
     * first of its queue, and only if no worker holds it. The candidates are locked with SKIP LOCKED and checked again
     * under the lock, so that two workers never claim the same delivery.
     */
    public Uni<List<Claimed>> claim(UUID worker, Duration lease, int limit) {
        return pool.preparedQuery("""
                with heads as (
                    select h.id
                    from webhook_subscription s
                    cross join lateral (select q.id, q.next_attempt_at, q.claimed_until from webhook_delivery q
                                        where q.subscription_id = s.id and q.status = 'PENDING'
                                        order by q.id limit 1) h
                    where s.status = 'ACTIVE' and h.next_attempt_at <= now()
                      and (h.claimed_until is null or h.claimed_until < now())
                    order by h.next_attempt_at
                    limit $1
                ), locked as (
                    select d.id from webhook_delivery d
                    where d.id in (select id from heads) and d.status = 'PENDING'
                      and (d.claimed_until is null or d.claimed_until < now())
                    for update of d skip locked
                ), claimed as (
                    update webhook_delivery d set claimed_until = now() + $2::bigint * interval '1 millisecond', claimed_by = $3
                    from locked where d.id = locked.id
                    returning d.id, d.subscription_id, d.event_id, d.attempts, d.created_at
                )
                select c.id, c.subscription_id, c.attempts, c.created_at, s.partner_id, s.organisation_ids, s.url, s.secret,
                       case when s.previous_secret_until > now() then s.previous_secret end as previous_secret,
                       e.id as event_id, e.tx_id::text as tx, e.type, e.occurred_at, e.aggregate_kind, e.aggregate_id,
                       e.organisation_id, e.subject_oid, e.payload::text as payload
                from claimed c
                join webhook_subscription s on s.id = c.subscription_id
                join outbox_event e on e.id = c.event_id""")
                .execute(Tuple.of(limit, lease.toMillis(), worker))
                .map(rows -> {
                    List<Claimed> claimed = new ArrayList<>();
                    rows.forEach(row -> claimed.add(toClaimed(row)));
                    return claimed;
                });
    }

    /**
     * Records an attempt, if the claim is still this worker's (a worker whose lease ran out records nothing): the
     * delivery's new state and the attempt in its log; a dead one counts towards disabling the subscription, a
     * success resets the count.
     */
    public Uni<Boolean> record(UUID worker, Claimed delivery, Result result, int disableAfterDead) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                update webhook_delivery
                set status = $3, attempts = attempts + 1, next_attempt_at = coalesce($4, next_attempt_at),
                    claimed_until = null, claimed_by = null, last_status_code = $5, last_error = $6, last_latency_ms = $7,
                    finished_at = case when $8 then now() end
                where id = $1 and claimed_by = $2""")
                .execute(Tuple.from(Arrays.asList(delivery.deliveryId(), worker, result.status().name(),
                        result.nextAttemptAt() == null ? null : result.nextAttemptAt().atOffset(java.time.ZoneOffset.UTC),
                        result.statusCode(), result.error(), result.latencyMs(), result.status() != DeliveryStatus.PENDING)))
                .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().item(false)
                        : connection.preparedQuery("""
                                insert into webhook_attempt (delivery_id, at, status_code, error, latency_ms, outcome)
                                values ($1, now(), $2, $3, $4, $5)""")
                                .execute(Tuple.from(Arrays.asList(delivery.deliveryId(), result.statusCode(), result.error(),
                                        result.latencyMs(), result.outcome())))
                                .chain(() -> health(connection, delivery.subscriptionId(), result, disableAfterDead))
                                .map(ignored -> true)));
    }

    private static Uni<Void> health(SqlConnection connection, long subscriptionId, Result result, int disableAfterDead) {
        if (result.status() == DeliveryStatus.SUCCEEDED) {
            return connection.preparedQuery("""
                    update webhook_subscription set consecutive_dead = 0, updated_at = now(), version = version + 1
                    where id = $1 and consecutive_dead > 0""").execute(Tuple.of(subscriptionId)).replaceWithVoid();
        }
        if (result.status() == DeliveryStatus.DEAD && result.countsAsDead()) {
            return connection.preparedQuery("""
                    update webhook_subscription
                    set consecutive_dead = consecutive_dead + 1,
                        status = case when consecutive_dead + 1 >= $2 then 'DISABLED' else status end,
                        disabled_reason = case when consecutive_dead + 1 >= $2 then 'DEAD_DELIVERIES' end,
                        updated_at = now(), version = version + 1
                    where id = $1 and status = 'ACTIVE'""").execute(Tuple.of(subscriptionId, disableAfterDead)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }

    /** Gives a claimed delivery back without an attempt, to be tried at {@code at} (its partner is suspended). */
    public Uni<Void> release(UUID worker, long deliveryId, Instant at) {
        return pool.preparedQuery("""
                update webhook_delivery set claimed_until = null, claimed_by = null, next_attempt_at = $3
                where id = $1 and claimed_by = $2""")
                .execute(Tuple.of(deliveryId, worker, at.atOffset(java.time.ZoneOffset.UTC))).replaceWithVoid();
    }

    private static Claimed toClaimed(Row row) {
        List<String> secrets = new ArrayList<>();
        secrets.add(row.getString("secret"));
        if (row.getString("previous_secret") != null) {
            secrets.add(row.getString("previous_secret"));
        }
        PublishedEvent event = new PublishedEvent(
                new OutboxPosition(Long.parseLong(row.getString("tx")), row.getLong("event_id")),
                row.getLong("event_id"), row.getString("type"), row.getOffsetDateTime("occurred_at").toInstant(),
                row.getString("aggregate_kind"), row.getLong("aggregate_id"), row.getLong("organisation_id"),
                row.getString("subject_oid"), row.getString("payload"));
        return new Claimed(row.getLong("id"), row.getLong("subscription_id"), row.getLong("partner_id"),
                Arrays.asList(row.getArrayOfLongs("organisation_ids")), row.getInteger("attempts"), row.getOffsetDateTime("created_at").toInstant(), row.getString("url"),
                List.copyOf(secrets), event);
    }
}
