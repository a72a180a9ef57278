package ru.otklik.push.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
import ru.otklik.push.Platform;

/**
 * The push machinery's SQL, run by background workers in every instance, each step a statement or a short
 * transaction of its own on the pool (SKIP LOCKED and data-modifying statements that Panache does not express). No
 * connection is held while a gateway is awaited.
 */
@ApplicationScoped
public class PushStore {

    /** An event that concerns a person, as its owner or as a follower of its aggregate: it goes to each of their devices. */
    public record ForPerson(long eventId, String oid, boolean followed) {
    }

    /** An event that concerns the residents of an area: it goes to each device whose owner's OKTMO starts with the prefix. */
    public record ForArea(long eventId, String oktmoPrefix) {
    }

    /** A push claimed by a worker, with what sending it needs. */
    public record Claimed(long deliveryId, int attempts, Instant queuedAt, String installationId, Platform platform,
            String token, String locale, long eventId, String eventType, String aggregateKind, long aggregateId, String number,
            boolean followed) {
    }

    private final Pool pool;

    public PushStore(Pool pool) {
        this.pool = pool;
    }

    /** Queues the events for the devices they concern, in the fan-out's transaction; once per device and event. */
    public Uni<Void> enqueue(SqlConnection connection, List<ForPerson> persons, List<ForArea> areas) {
        if (persons.isEmpty() && areas.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery("""
                insert into push_delivery (installation_id, event_id, status, next_attempt_at, created_at, followed)
                select d.installation_id, t.event_id, 'PENDING', now(), now(), t.followed
                from unnest($1::bigint[], $2::varchar[], $5::boolean[]) as t(event_id, oid, followed)
                join push_device d on d.owner_oid = t.oid
                union all
                select d.installation_id, t.event_id, 'PENDING', now(), now(), false
                from unnest($3::bigint[], $4::varchar[]) as t(event_id, prefix)
                join push_device d on d.owner_oktmo like t.prefix || '%'
                on conflict (installation_id, event_id) do nothing""")
                .execute(Tuple.of(
                        persons.stream().map(ForPerson::eventId).toArray(Long[]::new),
                        persons.stream().map(ForPerson::oid).toArray(String[]::new),
                        areas.stream().map(ForArea::eventId).toArray(Long[]::new),
                        areas.stream().map(ForArea::oktmoPrefix).toArray(String[]::new),
                        persons.stream().map(ForPerson::followed).toArray(Boolean[]::new)))
                .replaceWithVoid();
    }

    /**
     * Claims up to {@code limit} due pushes for this worker for the lease. Locked with SKIP LOCKED, so that two
     * workers (of one instance or of two) never claim the same push; a claim whose lease ran out may be taken again.
     */
    public Uni<List<Claimed>> claim(UUID worker, Duration lease, int limit) {
        return pool.preparedQuery("""
                with due as (
                    select d.id from push_delivery d
                    where d.status = 'PENDING' and d.next_attempt_at <= now()
                      and (d.claimed_until is null or d.claimed_until < now())
                    order by d.next_attempt_at
                    limit $1
                    for update skip locked
                ), claimed as (
                    update push_delivery d set claimed_until = now() + $2::bigint * interval '1 millisecond', claimed_by = $3
                    from due where d.id = due.id
                    returning d.id, d.installation_id, d.event_id, d.attempts, d.created_at, d.followed
                )
                select c.id, c.attempts, c.created_at, c.followed, v.installation_id, v.platform, v.token, v.locale,
                       e.id as event_id, e.type, e.aggregate_kind, e.aggregate_id, e.payload ->> 'number' as number
                from claimed c
                join push_device v on v.installation_id = c.installation_id
                join outbox_event e on e.id = c.event_id""")
                .execute(Tuple.of(limit, lease.toMillis(), worker))
                .map(rows -> {
                    List<Claimed> claimed = new ArrayList<>();
                    rows.forEach(row -> claimed.add(toClaimed(row)));
                    return claimed;
                });
    }

    /**
     * Counts one push against the device's limit of {@code max} per {@code window}: true when it may be sent. The
     * window is kept on the device's row and moved by one statement, so every instance counts against the same limit.
     */
    public Uni<Boolean> admit(String installationId, int max, Duration window) {
        return pool.preparedQuery("""
                update push_device
                set rate_window_start = case when rate_window_start > now() - $2::bigint * interval '1 millisecond'
                                             then rate_window_start else now() end,
                    rate_window_count = case when rate_window_start > now() - $2::bigint * interval '1 millisecond'
                                             then rate_window_count + 1 else 1 end
                where installation_id = $1
                  and (rate_window_start is null or rate_window_start <= now() - $2::bigint * interval '1 millisecond'
                       or rate_window_count < $3)""")
                .execute(Tuple.of(installationId, window.toMillis(), max))
                .map(updated -> updated.rowCount() == 1);
    }

    /** Records what a try came to, if the claim is still this worker's; {@code nextAttemptAt} only for a retry. */
    public Uni<Boolean> record(UUID worker, long deliveryId, String status, Instant nextAttemptAt, Integer statusCode,
            String error) {
        return pool.preparedQuery("""
                update push_delivery
                set status = $3, attempts = attempts + 1, next_attempt_at = coalesce($4, next_attempt_at),
                    claimed_until = null, claimed_by = null, last_status_code = $5, last_error = $6,
                    finished_at = case when $3 <> 'PENDING' then now() end
                where id = $1 and claimed_by = $2""")
                .execute(Tuple.from(Arrays.asList(deliveryId, worker, status,
                        nextAttemptAt == null ? null : nextAttemptAt.atOffset(ZoneOffset.UTC), statusCode, error)))
                .map(updated -> updated.rowCount() == 1);
    }

    /**
     * Removes a device whose token the provider says is dead, with its queue; not if the app registered a new token
     * meanwhile (its row then has another one).
     */
    public Uni<Boolean> removeDead(String installationId, String token) {
        return pool.preparedQuery("delete from push_device where installation_id = $1 and token = $2")
                .execute(Tuple.of(installationId, token))
                .map(deleted -> deleted.rowCount() == 1);
    }

    private static Claimed toClaimed(Row row) {
        return new Claimed(row.getLong("id"), row.getInteger("attempts"), row.getOffsetDateTime("created_at").toInstant(),
                row.getString("installation_id"), Platform.valueOf(row.getString("platform")), row.getString("token"),
                row.getString("locale"), row.getLong("event_id"), row.getString("type"), row.getString("aggregate_kind"),
                row.getLong("aggregate_id"), row.getString("number"), row.getBoolean("followed"));
    }
}
