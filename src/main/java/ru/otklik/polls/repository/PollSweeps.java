package ru.otklik.polls.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/** The two statements of the poll sweeper, each its own transaction on the pool. */
@ApplicationScoped
public class PollSweeps {

    private final Pool pool;

    public PollSweeps(Pool pool) {
        this.pool = pool;
    }

    /** Published polls whose end has passed, oldest end first: their closing is to be recorded. */
    public Uni<List<Long>> ended(int limit) {
        return pool.preparedQuery("select id from poll where status = 'PUBLISHED' and ends_at <= now() order by ends_at limit $1")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<Long> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getLong("id")));
                    return ids;
                });
    }

    /**
     * Seals up to {@code limit} free-text answers: moves them from the inbox into {@code poll_text_answer} in random
     * order, in this statement's transaction, so that neither their xmin nor their place in the table tells which
     * ballot (transaction) left them. Rows another sweeper is moving are skipped, so two instances never move one
     * twice. Returns how many were sealed.
     */
    public Uni<Integer> seal(int limit) {
        return pool.preparedQuery("""
                with moved as (
                    delete from poll_text_inbox
                    where ctid in (select ctid from poll_text_inbox limit $1 for update skip locked)
                    returning poll_id, question_id, answer)
                insert into poll_text_answer (poll_id, question_id, answer)
                select poll_id, question_id, answer from moved order by random()""")
                .execute(Tuple.of(limit))
                .map(rows -> rows.rowCount());
    }
}
