package ru.otklik.sync.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.events.Audience;
import ru.otklik.shared.events.OutboxPosition;

/**
 * One page of what changed for a caller, read from the outbox in commit order ({@code (tx_id, id)}, below the oldest
 * transaction still running, as {@link ru.otklik.shared.events.OutboxReader} does: a cursor never skips a row that
 * commits later with a smaller id). One statement per page, for one of three audiences:
 * <ul>
 * <li>everything (moderators): index {@code outbox_event_commit_order_idx};</li>
 * <li>a person's own (subject_oid): index {@code outbox_event_subject_order_idx}, in commit order, and the events of
 * what they follow ({@code event_follower}: index {@code event_follower_person_idx}, then each aggregate's events by
 * {@code outbox_event_aggregate_order_idx}), merged;</li>
 * <li>a person who acts for organisations: their own and what they follow, their organisations' (organisation_id), and what their
 * organisations did to an aggregate that then left them (actor_organisation_id: a redirect away, which becomes a
 * tombstone): each of the three indexes in commit order up to the limit, merged.</li>
 * </ul>
 * Within a page only the latest change of each aggregate is marked {@code latest} (the others are superseded); the
 * page's end is its last row, which always is. Each row says whether the person follows its aggregate now, or followed
 * it and stopped.
 */
@ApplicationScoped
public class SyncQueries {

    /** A row of a page, and the horizon the page was read below. */
    public record Entry(OutboxPosition position, String type, Instant at, String aggregateKind, long aggregateId,
            Long organisationId, String subjectOid, String payload, boolean latest, boolean followed, boolean unfollowed) {
    }

    /** A page: its rows (all of them, superseded ones too), and the horizon the page was read below. */
    public record Rows(List<Entry> rows, long horizon) {
    }

    private final Pool pool;

    public SyncQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Rows> page(Audience audience, OutboxPosition after, int limit) {
        List<Object> params = new ArrayList<>(List.of(Long.toString(after.txId()), after.id(), limit));
        if (!audience.all()) {
            params.add(audience.subjectOid());
            if (!audience.organisationIds().isEmpty()) {
                params.add(audience.organisationIds().toArray(Long[]::new));
            }
        }
        return pool.preparedQuery(sql(audience.all() ? Scope.ALL : audience.organisationIds().isEmpty() ? Scope.OWN : Scope.OWN_AND_ORGANISATIONS))
                .execute(Tuple.from(params))
                .map(rows -> {
                    List<Entry> page = new ArrayList<>();
                    long horizon = 0;
                    for (Row row : rows) {
                        horizon = Long.parseLong(row.getString("horizon"));
                        if (row.getLong("id") != null) {
                            page.add(toRow(row));
                        }
                    }
                    return new Rows(List.copyOf(page), horizon);
                });
    }

    enum Scope {
        ALL,
        OWN,
        OWN_AND_ORGANISATIONS
    }

    private static final String AFTER = "(e.tx_id, e.id) > ($1::text::xid8, $2) and e.tx_id < (select xmin from horizon)";

    /** A person's own events: the subject index in commit order, cut at the page's size. */
    private static final String OWN_BRANCH = """
            (select e.tx_id, e.id from outbox_event e where e.subject_oid = $4 and %1$s
             order by e.tx_id, e.id limit $3)""".formatted(AFTER);

    /**
     * The events of what a person follows: each followed aggregate's events after the cursor in commit order (each
     * cut at the page's size on its own index), merged and cut again.
     */
    private static final String FOLLOWED_BRANCH = """
            (select x.tx_id, x.id
             from event_follower f
             cross join lateral (select e.tx_id, e.id from outbox_event e
                                 where e.aggregate_kind = f.aggregate_kind and e.aggregate_id = f.aggregate_id and %1$s
                                 order by e.tx_id, e.id limit $3) x
             where f.person_oid = $4 and f.until is null
             order by x.tx_id, x.id limit $3)""".formatted(AFTER);

    static String sql(Scope scope) {
        String page = switch (scope) {
            case ALL -> window("true");
            // each branch walks its own index in commit order and stops at the limit; the union is merged and cut again
            case OWN -> merged(OWN_BRANCH + "\n union\n" + FOLLOWED_BRANCH);
            case OWN_AND_ORGANISATIONS -> merged(OWN_BRANCH + "\n union\n" + FOLLOWED_BRANCH + """

                    union
                    (select e.tx_id, e.id from outbox_event e where e.organisation_id = any($5) and %1$s
                     order by e.tx_id, e.id limit $3)
                    union
                    (select e.tx_id, e.id from outbox_event e where e.actor_organisation_id = any($5) and %1$s
                     order by e.tx_id, e.id limit $3)""".formatted(AFTER));
        };
        // whether the person follows each row's aggregate now, or did and stopped (then it is no longer theirs)
        String following = scope == Scope.ALL ? "false as followed, false as unfollowed"
                : "f.person_oid is not null and f.until is null as followed, f.until is not null as unfollowed";
        String follower = scope == Scope.ALL ? "" : """
                left join event_follower f
                       on f.aggregate_kind = p.aggregate_kind and f.aggregate_id = p.aggregate_id and f.person_oid = $4""";
        return """
                with horizon as materialized (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
                %s
                select h.xmin::text as horizon, p.id, p.tx_id::text as tx, p.type, p.occurred_at, p.aggregate_kind,
                       p.aggregate_id, p.organisation_id, p.subject_oid, p.payload::text as payload, %s,
                       row_number() over (partition by p.aggregate_kind, p.aggregate_id order by p.tx_id desc, p.id desc) = 1
                           as latest
                from horizon h left join page p on true
                %s
                order by p.tx_id, p.id""".formatted(page, following, follower);
    }

    private static String merged(String branches) {
        return """
                ids as (
                %s),
                page as (
                    select e.id, e.tx_id, e.type, e.occurred_at, e.aggregate_kind, e.aggregate_id, e.organisation_id,
                           e.subject_oid, e.payload
                    from (select id from ids order by tx_id, id limit $3) i
                    join outbox_event e on e.id = i.id)""".formatted(branches);
    }

    private static String window(String filter) {
        return """
                page as (
                    select e.id, e.tx_id, e.type, e.occurred_at, e.aggregate_kind, e.aggregate_id, e.organisation_id,
                           e.subject_oid, e.payload
                    from outbox_event e
                    where %s and %s
                    order by e.tx_id, e.id
                    limit $3)""".formatted(filter, AFTER);
    }

    private static Entry toRow(Row row) {
        return new Entry(new OutboxPosition(Long.parseLong(row.getString("tx")), row.getLong("id")), row.getString("type"),
                row.getOffsetDateTime("occurred_at").toInstant(), row.getString("aggregate_kind"), row.getLong("aggregate_id"),
                row.getLong("organisation_id"), row.getString("subject_oid"), row.getString("payload"),
                row.getBoolean("latest"), row.getBoolean("followed"), row.getBoolean("unfollowed"));
    }
}
