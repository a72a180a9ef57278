package ru.otklik.shared.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.config.OtklikConfig;

/**
 * Follows the outbox in commit order, for webhooks and live streams: the only way anything reads events as they
 * happen.
 * <p>
 * Outbox ids are not in commit order: a transaction that took id 7 may commit after the one that took id 8. A
 * follower that remembered "after id 8" would never see 7. So the outbox is read by {@code (tx_id, id)} (the id of
 * the writing transaction, then the row's id) and only below the horizon {@code pg_snapshot_xmin(pg_current_snapshot())},
 * the oldest transaction still running: every transaction below it has ended, so no row can appear there any more.
 * A cursor {@code (tx_id, id)} therefore never skips a row committed later with a smaller id, and never sees a row
 * twice. The price: an event becomes readable only when every transaction that started before its own has ended (a
 * long transaction anywhere in the database delays followers). Rows moved in from before the outbox have tx_id 0 and
 * come first, by id.
 * <p>
 * One statement each, on the pool, outside any transaction (index {@code outbox_event_commit_order_idx}).
 */
@ApplicationScoped
public class OutboxReader {

    /**
     * What one read found: the events, where the follower stands after them, and whether the read stopped at its size
     * rather than at the horizon (there is more to read right away).
     */
    public record Window(List<PublishedEvent> events, OutboxPosition end, boolean more) {
    }

    private final Pool pool;
    private final int batch;

    public OutboxReader(Pool pool, OtklikConfig config) {
        this.pool = pool;
        this.batch = config.events().readBatch();
    }

    /** How many events one read returns at most ({@code otklik.events.read-batch}). */
    public int batch() {
        return batch;
    }

    /** Where a follower that starts now stands: before every transaction that has not ended yet. */
    public Uni<OutboxPosition> horizon() {
        return pool.query("select pg_snapshot_xmin(pg_current_snapshot())::text as horizon").execute()
                .map(rows -> OutboxPosition.before(Long.parseLong(rows.iterator().next().getString("horizon"))));
    }

    /** The next events after {@code after} in commit order, at most {@link #batch()}, all committed. */
    public Uni<Window> read(OutboxPosition after) {
        return pool.preparedQuery("""
                select id, tx_id::text as tx, type, occurred_at, aggregate_kind, aggregate_id, organisation_id, subject_oid,
                       payload::text as payload
                from outbox_event
                where (tx_id, id) > ($1::text::xid8, $2) and tx_id < pg_snapshot_xmin(pg_current_snapshot())
                order by tx_id, id
                limit $3""")
                .execute(Tuple.of(Long.toString(after.txId()), after.id(), batch))
                .map(rows -> {
                    List<PublishedEvent> events = new ArrayList<>();
                    rows.forEach(row -> events.add(toEvent(row)));
                    return new Window(List.copyOf(events), events.isEmpty() ? after : events.get(events.size() - 1).position(),
                            events.size() >= batch);
                });
    }

    private static PublishedEvent toEvent(Row row) {
        return new PublishedEvent(
                new OutboxPosition(Long.parseLong(row.getString("tx")), row.getLong("id")),
                row.getLong("id"),
                row.getString("type"),
                row.getOffsetDateTime("occurred_at").toInstant(),
                row.getString("aggregate_kind"),
                row.getLong("aggregate_id"),
                row.getLong("organisation_id"),
                row.getString("subject_oid"),
                row.getString("payload"));
    }
}
