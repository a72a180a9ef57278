package ru.otklik.appeals.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.dto.SupportView;

/** A person's support of an appeal as committed, outside any transaction; one statement. */
@ApplicationScoped
public class SupporterQueries {

    private final Pool pool;

    public SupporterQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<SupportView> of(long appealId, String oid) {
        return pool.preparedQuery("""
                select a.supporters, exists (select 1 from appeal_supporter s where s.appeal_id = a.id and s.supporter_oid = $2) as supported
                from appeal a where a.id = $1""")
                .execute(Tuple.of(appealId, oid))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    var row = rows.iterator().next();
                    return new SupportView(appealId, row.getInteger("supporters"), row.getBoolean("supported"));
                });
    }
}
