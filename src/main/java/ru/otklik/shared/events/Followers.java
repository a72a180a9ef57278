package ru.otklik.shared.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Followers of aggregates ({@code event_follower}, see {@code V15__event_followers.sql}): people who hear of an
 * aggregate's events without owning it (the supporters of an appeal). Features start and stop following through
 * {@link ru.otklik.shared.action.Writes#follow} and {@link ru.otklik.shared.action.Writes#unfollow}, inside the write
 * that makes a person a follower, so that a feature's own rows and its followers change together; the readers of the
 * outbox (push fan-out, offline sync) learn who follows what here, never from a feature's tables. A stopped following
 * keeps its row with its end: sync tells the former follower the aggregate is gone.
 */
@ApplicationScoped
public class Followers {

    /** An aggregate, as the outbox names it. */
    public record Followed(String aggregateKind, long aggregateId) {
    }

    private final Pool pool;

    public Followers(Pool pool) {
        this.pool = pool;
    }

    /** Inside a write transaction: the person follows the aggregate; false when they already did. */
    public Uni<Boolean> follow(String aggregateKind, long aggregateId, String personOid) {
        return change(aggregateKind, aggregateId, personOid, """
                insert into event_follower (aggregate_kind, aggregate_id, person_oid, since)
                values (:kind, :id, :oid, now())
                on conflict (aggregate_kind, aggregate_id, person_oid)
                do update set since = now(), until = null where event_follower.until is not null""");
    }

    /** Inside a write transaction: the person stops following; false when they did not follow it. */
    public Uni<Boolean> unfollow(String aggregateKind, long aggregateId, String personOid) {
        return change(aggregateKind, aggregateId, personOid, """
                update event_follower set until = now()
                where aggregate_kind = :kind and aggregate_id = :id and person_oid = :oid and until is null""");
    }

    private static Uni<Boolean> change(String aggregateKind, long aggregateId, String personOid, String sql) {
        return Panache.getSession().chain(session -> session.createNativeQuery(sql)
                .setParameter("kind", aggregateKind).setParameter("id", aggregateId).setParameter("oid", personOid)
                .executeUpdate()
                .map(rows -> rows == 1));
    }

    /** Outside transactions, one statement for a whole batch: who follows each of these aggregates now. */
    public Uni<Map<Followed, List<String>>> of(Collection<Followed> aggregates) {
        List<Followed> distinct = List.copyOf(new LinkedHashSet<>(aggregates));
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("""
                select f.aggregate_kind, f.aggregate_id, f.person_oid
                from unnest($1::varchar[], $2::bigint[]) as a(kind, id)
                join event_follower f on f.aggregate_kind = a.kind and f.aggregate_id = a.id and f.until is null""")
                .execute(Tuple.of(distinct.stream().map(Followed::aggregateKind).toArray(String[]::new),
                        distinct.stream().map(Followed::aggregateId).toArray(Long[]::new)))
                .map(rows -> {
                    Map<Followed, List<String>> followers = new HashMap<>();
                    rows.forEach(row -> followers.computeIfAbsent(
                            new Followed(row.getString("aggregate_kind"), row.getLong("aggregate_id")),
                            key -> new ArrayList<>()).add(row.getString("person_oid")));
                    return followers;
                });
    }
}
