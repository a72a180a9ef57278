package ru.otklik.categories.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import ru.otklik.categories.dto.CategoryView;

/** The read side of the category tree, outside any transaction: one statement each, projected into records. */
@ApplicationScoped
public class CategoryQueries {

    private static final String COLUMNS = "id, parent_id, code, name, deadline_days, priority, active, sensitive";

    /**
     * The active category (parameter %s) and its active ancestors, nearest first, as {@link CategoryRepository#lineage}
     * reads them inside a write transaction (readers outside one walk the kept tree instead).
     */
    static final String LINEAGE = """
            with recursive up(id, parent_id, depth) as (
                select c.id, c.parent_id, 0 from category c where c.id = %s and c.active
                union all
                select c.id, c.parent_id, up.depth + 1 from category c join up on c.id = up.parent_id
                where c.active and up.depth < 32)
            select id from up order by depth""";

    private final Pool pool;

    public CategoryQueries(Pool pool) {
        this.pool = pool;
    }

    /** Every category, inactive ones included. */
    public Uni<List<CategoryView>> all() {
        return pool.query("select " + COLUMNS + " from category").execute().map(rows -> {
            List<CategoryView> categories = new ArrayList<>();
            rows.forEach(row -> categories.add(toView(row)));
            return categories;
        });
    }

    private static CategoryView toView(Row row) {
        return new CategoryView(row.getLong("id"), row.getLong("parent_id"), row.getString("code"), row.getString("name"),
                row.getInteger("deadline_days"), row.getBoolean("priority"), row.getBoolean("active"), List.of(),
                row.getBoolean("sensitive"));
    }
}
