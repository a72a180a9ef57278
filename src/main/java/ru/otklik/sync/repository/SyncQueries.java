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
 * <li>a person's own (subject_oid): index {@code outbox_event_subject_order_idx}, in commit order;</li>
 * <li>a person who acts for organisations: their own, their organisations' (organisation_id), and what their
 * organisations did to an aggregate that then left them (actor_organisation_id: a redirect away, which becomes a
 * tombstone): each of the three indexes in commit order up to the limit, merged.</li>
 * </ul>
 * Within a page only the latest change of each aggregate is marked {@code latest} (the others are superseded); the
 * page's end is its last row, which always is.
 */
@ApplicationScoped
public class SyncQueries {

    /** A row of a page, and the horizon the page was read below. */
    public record Entry(OutboxPosition position, String type, Instant at, String aggregateKind, long aggregateId,
            Long organisationId, String subjectOid, String payload, boolean latest) {
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

    static String sql(Scope scope) {
        String page = switch (scope) {
            case ALL -> window("true");
            case OWN -> window("e.subject_oid = $4");
            // each branch walks its own index in commit order and stops at the limit; the union is merged and cut again
            case OWN_AND_ORGANISATIONS -> """
                    ids as (
                        (select e.tx_id, e.id from outbox_event e where e.subject_oid = $4 and %1$s
                         order by e.tx_id, e.id limit $3)
                        union
                        (select e.tx_id, e.id from outbox_event e where e.organisation_id = any($5) and %1$s
                         order by e.tx_id, e.id limit $3)
                        union
                        (select e.tx_id, e.id from outbox_event e where e.actor_organisation_id = any($5) and %1$s
                         order by e.tx_id, e.id limit $3)),
                    page as (
                        select e.id, e.tx_id, e.type, e.occurred_at, e.aggregate_kind, e.aggregate_id, e.organisation_id,
                               e.subject_oid, e.payload
                        from (select id from ids order by tx_id, id limit $3) i
                        join outbox_event e on e.id = i.id)""".formatted(AFTER);
        };
        return """
                with horizon as materialized (select pg_snapshot_xmin(pg_current_snapshot()) as xmin),
                %s
                select h.xmin::text as horizon, p.id, p.tx_id::text as tx, p.type, p.occurred_at, p.aggregate_kind,
                       p.aggregate_id, p.organisation_id, p.subject_oid, p.payload::text as payload,
                       row_number() over (partition by p.aggregate_kind, p.aggregate_id order by p.tx_id desc, p.id desc) = 1
                           as latest
                from horizon h left join page p on true
                order by p.tx_id, p.id""".formatted(page);
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
                row.getBoolean("latest"));
    }
}
