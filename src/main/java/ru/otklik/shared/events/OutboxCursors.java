package ru.otklik.shared.events;

import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Where a named follower of the outbox stands (table {@code outbox_cursor}), for a follower that is one for the whole
 * platform rather than one per subscription (push notifications): every instance reads from the same place with
 * {@link OutboxReader}, and {@link #advance} moves the place by compare-and-set together with what the follower did
 * with the events, in one transaction. Of the instances that read the same window at once, one moves it; the others
 * learn that they lost and read again from the new place. Nothing is kept in memory between rounds.
 */
@ApplicationScoped
public class OutboxCursors {

    private final Pool pool;

    public OutboxCursors(Pool pool) {
        this.pool = pool;
    }

    /** Where the follower stands; a follower never seen before starts at the horizon of now (it hears what commits next). */
    public Uni<OutboxPosition> position(String name) {
        // the select cannot see the row its own statement inserts: exactly one of the two parts answers
        return pool.preparedQuery("""
                with created as (insert into outbox_cursor (name) values ($1) on conflict (name) do nothing
                                 returning cursor_tx, cursor_id)
                select cursor_tx::text as tx, cursor_id from created
                union all
                select cursor_tx::text, cursor_id from outbox_cursor where name = $1""")
                .execute(Tuple.of(name))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new OutboxPosition(Long.parseLong(row.getString("tx")), row.getLong("cursor_id"));
                });
    }

    /**
     * Moves the follower from {@code from} to {@code to} and runs {@code work} in the same transaction, if it still
     * stands at {@code from}; false (and nothing done) when another instance moved it first.
     */
    public Uni<Boolean> advance(String name, OutboxPosition from, OutboxPosition to, Function<SqlConnection, Uni<Void>> work) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                update outbox_cursor set cursor_tx = $4::text::xid8, cursor_id = $5
                where name = $1 and cursor_tx = $2::text::xid8 and cursor_id = $3""")
                .execute(Tuple.of(name, Long.toString(from.txId()), from.id(), Long.toString(to.txId()), to.id()))
                .chain(moved -> moved.rowCount() == 0 ? Uni.createFrom().item(false)
                        : work.apply(connection).replaceWith(true)));
    }
}
