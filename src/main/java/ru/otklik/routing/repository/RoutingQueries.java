package ru.otklik.routing.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.routing.dto.RoutingRuleView;

/** The read side of routing rules, outside any transaction: one statement each, projected into records. */
@ApplicationScoped
public class RoutingQueries {

    private static final String COLUMNS = "r.id, r.category_id, r.oktmo_prefix, r.organisation_id";

    private final Pool pool;

    public RoutingQueries(Pool pool) {
        this.pool = pool;
    }

    /**
     * Rules of these categories whose prefix covers the OKTMO code, the longest prefix first within a category.
     * The caller orders categories by closeness.
     */
    public Uni<List<RoutingRuleView>> candidates(List<Long> categoryIds, String oktmo) {
        return pool.preparedQuery("select " + COLUMNS + """
                 from routing_rule r
                where r.category_id = any($1) and starts_with($2, r.oktmo_prefix)
                order by length(r.oktmo_prefix) desc, r.id""")
                .execute(Tuple.of(categoryIds.toArray(Long[]::new), oktmo))
                .map(RoutingQueries::toViews);
    }

    public Uni<RoutingRuleView> findById(long id) {
        return pool.preparedQuery("select " + COLUMNS + " from routing_rule r where r.id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? toView(rows.iterator().next()) : null);
    }

    /** Up to {@code limit} rules after {@code afterId} in creation order, filtered by category and organisation if given. */
    public Uni<List<RoutingRuleView>> page(Long categoryId, Long organisationId, long afterId, int limit) {
        List<Object> params = new ArrayList<>(List.of(afterId));
        StringBuilder where = new StringBuilder("r.id > $1");
        if (categoryId != null) {
            params.add(categoryId);
            where.append(" and r.category_id = $").append(params.size());
        }
        if (organisationId != null) {
            params.add(organisationId);
            where.append(" and r.organisation_id = $").append(params.size());
        }
        params.add(limit);
        return pool.preparedQuery("select " + COLUMNS + " from routing_rule r where " + where + " order by r.id limit $" + params.size())
                .execute(Tuple.from(params))
                .map(RoutingQueries::toViews);
    }

    private static List<RoutingRuleView> toViews(RowSet<Row> rows) {
        List<RoutingRuleView> views = new ArrayList<>();
        rows.forEach(row -> views.add(toView(row)));
        return views;
    }

    private static RoutingRuleView toView(Row row) {
        return new RoutingRuleView(row.getLong("id"), row.getLong("category_id"), row.getString("oktmo_prefix"),
                row.getLong("organisation_id"));
    }
}
