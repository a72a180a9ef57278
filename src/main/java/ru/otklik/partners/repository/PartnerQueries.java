package ru.otklik.partners.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.partners.dto.PartnerView;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;

/** The read side of the partner registry: one statement each, outside any transaction. */
@ApplicationScoped
public class PartnerQueries {

    private static final String COLUMNS = """
            p.id, p.client_id, p.display_name, p.requests_per_minute, p.active, p.created_at, p.version,
            array(select po.organisation_id from partner_organisation po
                  where po.partner_id = p.id order by po.organisation_id) as organisation_ids""";
    private static final String BY_NAME = "p";

    private final Pool pool;

    public PartnerQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<PartnerView> findById(long id) {
        return one("select " + COLUMNS + " from partner p where p.id = $1", Tuple.of(id));
    }

    /** The partner registered with this client id, active or not, or null. */
    public Uni<PartnerView> findByClientId(String clientId) {
        return one("select " + COLUMNS + " from partner p where p.client_id = $1", Tuple.of(clientId));
    }

    /** Partners by name (the index {@code partner_name_idx}). */
    public Uni<Page<PartnerView>> list(PageRequest page) {
        List<Object> params = new ArrayList<>();
        String after = "";
        if (page.cursor != null) {
            List<String> key = Cursor.decode(page.cursor, BY_NAME, 2);
            params.add(key.get(0));
            params.add(Cursor.longPart(key.get(1)));
            after = " where (p.display_name, p.id) > ($1, $2)";
        }
        params.add(page.limit + 1);
        String sql = "select " + COLUMNS + " from partner p" + after + " order by p.display_name, p.id limit $" + params.size();
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<PartnerView> views = new ArrayList<>();
            rows.forEach(row -> views.add(toView(row)));
            return Page.fromRows(views, page.limit, last -> Cursor.encode(BY_NAME, last.displayName(), last.id()));
        });
    }

    private Uni<PartnerView> one(String sql, Tuple params) {
        return pool.preparedQuery(sql).execute(params)
                .map(rows -> rows.iterator().hasNext() ? toView(rows.iterator().next()) : null);
    }

    private static PartnerView toView(Row row) {
        return new PartnerView(
                row.getLong("id"),
                row.getString("client_id"),
                row.getString("display_name"),
                Arrays.asList(row.getArrayOfLongs("organisation_ids")),
                row.getInteger("requests_per_minute"),
                row.getBoolean("active"),
                row.getOffsetDateTime("created_at").toInstant(),
                row.getInteger("version"));
    }
}
