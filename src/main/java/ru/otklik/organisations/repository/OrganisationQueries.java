package ru.otklik.organisations.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.organisations.OrganisationKind;
import ru.otklik.organisations.Widget;
import ru.otklik.organisations.dto.ContactsView;
import ru.otklik.organisations.dto.OrganisationFilter;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.search.TextQuery;

/**
 * The read side of the directory: one SQL statement per page, projected straight into API records.
 * Only the filters present are put into the statement, so each combination gets a plan that uses its index.
 */
@ApplicationScoped
public class OrganisationQueries {

    private static final String COLUMNS = """
            o.id, o.kind, o.full_name, o.short_name, o.inn, o.ogrn, o.esia_oid, o.region_code, o.oktmo, o.parent_id,
            o.verified, o.connected, o.widgets, o.phone, o.email, o.website, o.public_page_url, o.address,
            o.active, o.version,
            array(select oc.category_id from organisation_category oc
                  where oc.organisation_id = o.id order by oc.category_id) as category_ids""";
    private static final Pattern REGISTRY_NUMBER = Pattern.compile("[0-9]{10}|[0-9]{12,13}|[0-9]{15}");
    private static final String BY_NAME = "n";
    private static final String BY_RANK = "r";

    private final Pool pool;

    public OrganisationQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<OrganisationView> findById(long id) {
        return pool.preparedQuery("select " + COLUMNS + " from organisation o where o.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? toView(rows.iterator().next()) : null);
    }

    /** These organisations, active or not; the ones that do not exist are left out. */
    public Uni<List<OrganisationView>> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("select " + COLUMNS + " from organisation o where o.id = any($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new)))
                .map(rows -> {
                    List<OrganisationView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(toView(row)));
                    return views;
                });
    }

    /** Active organisations whose ESIA oid is one of these. */
    public Uni<List<OrganisationView>> findByEsiaOids(List<String> oids) {
        if (oids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return pool.preparedQuery("select " + COLUMNS + " from organisation o where o.active and o.esia_oid = any($1)")
                .execute(Tuple.of(oids.toArray(String[]::new)))
                .map(rows -> {
                    List<OrganisationView> views = new ArrayList<>();
                    rows.forEach(row -> views.add(toView(row)));
                    return views;
                });
    }

    /**
     * The ids of these organisations and of everything below them, active or not (inactive ones keep their history).
     * Roots that do not exist are left out.
     */
    public Uni<Set<Long>> subtreeIds(Collection<Long> roots) {
        if (roots.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return pool.preparedQuery("""
                with recursive tree(id) as (
                    select o.id from organisation o where o.id = any($1)
                    union
                    select c.id from organisation c join tree t on c.parent_id = t.id)
                select id from tree""")
                .execute(Tuple.of(roots.toArray(Long[]::new)))
                .map(rows -> {
                    Set<Long> ids = new HashSet<>();
                    rows.forEach(row -> ids.add(row.getLong("id")));
                    return Set.copyOf(ids);
                });
    }

    /** The short names of these organisations, inactive ones included. */
    public Uni<Map<Long, String>> shortNames(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select o.id, o.short_name from organisation o where o.id = any($1)")
                .execute(Tuple.of(ids.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(row.getLong("id"), row.getString("short_name")));
                    return names;
                });
    }

    public Uni<Page<OrganisationView>> list(OrganisationFilter filter, PageRequest page) {
        Statement statement = listStatement(filter, page);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params()))
                .map(rows -> {
                    List<Ranked> ranked = new ArrayList<>();
                    rows.forEach(row -> ranked.add(new Ranked(toView(row), statement.ranked() ? row.getFloat("rank") : 0f)));
                    return Page.fromRows(ranked, page.limit, statement.ranked()
                            ? last -> Cursor.encode(BY_RANK, last.rank(), last.view().id())
                            : last -> Cursor.encode(BY_NAME, last.view().shortName(), last.view().id()));
                })
                .map(ranked -> new Page<>(ranked.items().stream().map(Ranked::view).toList(), ranked.nextCursor()));
    }

    private record Ranked(OrganisationView view, float rank) {
    }

    /** The SQL and parameters of one page; package-visible so that tests can check its query plans. */
    record Statement(String sql, List<Object> params, boolean ranked) {
    }

    Statement listStatement(OrganisationFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        where.add("o.active");
        if (filter.kind != null) {
            params.add(filter.kind);
            where.add("o.kind = $" + params.size());
        }
        if (filter.verified != null) {
            params.add(filter.verified);
            where.add("o.verified = $" + params.size());
        }
        if (filter.parent != null) {
            params.add(filter.parent);
            where.add("o.parent_id = $" + params.size());
        }
        if (filter.oktmo != null) {
            // a prefix as a range: ':' sorts right after '9' in the "C" collation of the column
            params.add(filter.oktmo);
            params.add(filter.oktmo + ":");
            where.add("o.oktmo >= $" + (params.size() - 1) + " and o.oktmo < $" + params.size());
        }
        if (filter.category != null) {
            params.add(filter.category);
            where.add("""
                    exists (select 1 from organisation_category oc
                            where oc.organisation_id = o.id and oc.category_id in (
                                with recursive up(id, parent_id) as (
                                    select c.id, c.parent_id from category c where c.id = $%d
                                    union all
                                    select c.id, c.parent_id from category c join up on c.id = up.parent_id)
                                select id from up))""".formatted(params.size()));
        }
        String tsQuery = filter.q == null ? null : TextQuery.prefixQuery(filter.q);
        String registryNumber = filter.q == null ? null : registryNumber(filter.q);
        boolean ranked = tsQuery != null || registryNumber != null;
        if (!ranked) {
            return byName(where, params, page);
        }
        String rank;
        List<String> match = new ArrayList<>();
        if (tsQuery != null) {
            params.add(tsQuery);
            int q = params.size();
            match.add("o.search_vector @@ to_tsquery('russian', $" + q + ")");
            rank = "ts_rank(o.search_vector, to_tsquery('russian', $" + q + "))";
        } else {
            rank = "0::real";
        }
        if (registryNumber != null) {
            params.add(registryNumber);
            int n = params.size();
            match.add("o.inn = $" + n);
            match.add("o.ogrn = $" + n);
            // an exact registry number outranks any text match
            rank = "case when o.inn = $" + n + " or o.ogrn = $" + n + " then 2::real else " + rank + " end";
        }
        where.add("(" + String.join(" or ", match) + ")");
        String inner = "select " + COLUMNS + ", " + rank + " as rank from organisation o where " + String.join(" and ", where);
        String after = "";
        if (page.cursor != null) {
            List<String> key = Cursor.decode(page.cursor, BY_RANK, 2);
            params.add(Cursor.floatPart(key.get(0)));
            params.add(Cursor.longPart(key.get(1)));
            after = " where s.rank < $" + (params.size() - 1) + "::real or (s.rank = $" + (params.size() - 1)
                    + "::real and s.id > $" + params.size() + ")";
        }
        params.add(page.limit + 1);
        String sql = "select * from (" + inner + ") s" + after + " order by s.rank desc, s.id limit $" + params.size();
        return new Statement(sql, params, true);
    }

    private static Statement byName(List<String> where, List<Object> params, PageRequest page) {
        if (page.cursor != null) {
            List<String> key = Cursor.decode(page.cursor, BY_NAME, 2);
            params.add(key.get(0));
            params.add(Cursor.longPart(key.get(1)));
            where.add("(o.short_name, o.id) > ($" + (params.size() - 1) + ", $" + params.size() + ")");
        }
        params.add(page.limit + 1);
        String sql = "select " + COLUMNS + " from organisation o where " + String.join(" and ", where)
                + " order by o.short_name, o.id limit $" + params.size();
        return new Statement(sql, params, false);
    }

    private static String registryNumber(String q) {
        String trimmed = q.strip();
        return REGISTRY_NUMBER.matcher(trimmed).matches() ? trimmed : null;
    }

    static OrganisationView toView(Row row) {
        Long[] categories = row.getArrayOfLongs("category_ids");
        String[] widgets = row.getArrayOfStrings("widgets");
        Set<Widget> widgetSet = EnumSet.noneOf(Widget.class);
        for (String widget : widgets) {
            widgetSet.add(Widget.valueOf(widget));
        }
        ContactsView contacts = new ContactsView(row.getString("phone"), row.getString("email"),
                row.getString("website"), row.getString("public_page_url"));
        return new OrganisationView(
                row.getLong("id"),
                OrganisationKind.valueOf(row.getString("kind")),
                row.getString("full_name"),
                row.getString("short_name"),
                row.getString("inn"),
                row.getString("ogrn"),
                row.getString("esia_oid"),
                row.getString("region_code"),
                row.getString("oktmo"),
                row.getLong("parent_id"),
                row.getBoolean("verified"),
                row.getBoolean("connected"),
                widgetSet,
                contacts,
                row.getString("address"),
                Arrays.asList(categories),
                row.getBoolean("active"),
                row.getInteger("version"));
    }
}
