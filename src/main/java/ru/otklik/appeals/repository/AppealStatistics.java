package ru.otklik.appeals.repository;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.dto.AppealStatsQuery;
import ru.otklik.appeals.dto.AppealStatsRow;
import ru.otklik.appeals.dto.StatsDimension;
import ru.otklik.shared.config.OtklikConfig;

/**
 * Statistics of appeals in one statement per request: the appeals of a period, filtered, each turned into facts
 * (registered, answered on time, overdue now, working days to the answer...), aggregated per group of each grouping
 * set. Only the conditions that apply are put into the statement, so that each filter narrows by its index.
 *
 * <p>Working days come from the production calendar's SQL interface ({@code working_day_numbers}, V9): one call
 * numbers every day of the span, and each appeal's registration and answer days are looked up in it; the difference of
 * their numbers is {@code working_days_between} of the two days. Days are those of the appeal's region.
 */
@ApplicationScoped
public class AppealStatistics {

    private final Pool pool;
    private final Map<String, ZoneId> zones;
    private final ZoneId defaultZone;

    @Inject
    public AppealStatistics(Pool pool, OtklikConfig config) {
        this(pool, config.regionZones(), config.defaultZone());
    }

    AppealStatistics(Pool pool, Map<String, ZoneId> zones, ZoneId defaultZone) {
        this.pool = pool;
        this.zones = Map.copyOf(zones);
        this.defaultZone = defaultZone;
    }

    public Uni<List<AppealStatsRow>> count(AppealStatsQuery query) {
        Statement statement = statement(query, LocalDate.now(ZoneOffset.UTC));
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<AppealStatsRow> figures = new ArrayList<>();
            rows.forEach(row -> figures.add(toFigures(row, statement.dimensions())));
            return figures;
        });
    }

    /** The SQL, its parameters and the dimensions of its columns; package-visible so that tests can check plans. */
    record Statement(String sql, List<Object> params, List<StatsDimension> dimensions) {
    }

    /** {@code today} is the UTC date now: answers are given up to now, at most a day ahead of it in any zone. */
    Statement statement(AppealStatsQuery query, LocalDate today) {
        Params params = new Params();
        List<String> where = new ArrayList<>();
        where.add("a.created_on between " + day(query.from()) + " and " + day(query.to()));
        if (query.organisationIds() != null) {
            where.add(anyOf("a.organisation_id", query.organisationIds(), params));
        }
        if (query.categoryIds() != null) {
            where.add(anyOf("a.category_id", query.categoryIds(), params));
        }
        if (query.channel() != null) {
            where.add("a.channel = " + params.add(query.channel().name()));
        }
        if (query.oktmoPrefix() != null) {
            // a prefix as a range: ':' sorts right after '9' in the "C" collation of the column
            where.add("a.oktmo >= " + params.add(query.oktmoPrefix()) + " and a.oktmo < " + params.add(query.oktmoPrefix() + ":"));
        }
        if (query.priority() != null) {
            // a literal, not a parameter: the partial index of priority appeals is only chosen for a known true
            where.add(query.priority() ? "a.priority" : "not a.priority");
        }
        List<StatsDimension> dimensions = dimensions(query.groupingSets());
        String topJoin = "";
        if (dimensions.contains(StatsDimension.TOP_CATEGORY)) {
            topJoin = " left join unnest(" + params.add(query.topCategories().keySet().toArray(Long[]::new)) + "::bigint[], "
                    + params.add(query.topCategories().values().toArray(Long[]::new))
                    + "::bigint[]) top (category_id, top_id) on top.category_id = a.category_id";
        }
        String zone = zone(params);
        // grouped by day (each day is there once anyway), so that the planner knows the lookups find one row each
        // and hashes them, rather than sorting every appeal twice to merge
        String days = "select day, min(covered_since) as covered_since, min(number) as number from working_day_numbers("
                + day(query.from()) + ", " + day(today.plusDays(1)) + ") group by day";
        StringBuilder inner = new StringBuilder("select ");
        for (StatsDimension dimension : dimensions) {
            inner.append(expression(dimension)).append(" as ").append(column(dimension)).append(", ");
        }
        inner.append("""
                a.registered_at is not null as registered, a.status = 'REJECTED' as rejected,
                a.answered_at is not null as answered, coalesce(a.answered_at < a.due_at, false) as on_time,
                a.answered_at is null and %s as overdue_now,
                case when r.covered_since = s.covered_since then s.number - r.number end as answer_days,
                a.rating, a.reopened
                from appeal a
                left join days r on r.day = (a.registered_at at time zone %s)::date
                left join days s on s.day = (a.answered_at at time zone %s)::date""".formatted(
                AppealQueries.Overdue.SQL, zone, zone));
        inner.append(topJoin).append(" where ").append(String.join(" and ", where));
        String sql = "with days as not materialized (" + days + ") select "
                + (dimensions.isEmpty() ? "0" : "grouping(" + columns(dimensions, "f.") + ")") + " as grouped_out, "
                + (dimensions.isEmpty() ? "" : columns(dimensions, "f.") + ", ")
                + """
                count(*) as received,
                count(*) filter (where f.registered) as registered,
                count(*) filter (where f.rejected) as rejected,
                count(*) filter (where f.answered) as answered,
                count(*) filter (where f.on_time) as answered_on_time,
                count(*) filter (where f.overdue_now) as overdue_now,
                percentile_cont(0.5) within group (order by f.answer_days) as median_answer_days,
                percentile_cont(0.9) within group (order by f.answer_days) as p90_answer_days,
                avg(f.rating)::float8 as mean_rating,
                count(f.rating) as ratings,
                count(*) filter (where f.reopened) as reopened
                from (""" + inner + ") f group by grouping sets (" + groupingSets(query.groupingSets()) + ")"
                + (dimensions.isEmpty() ? "" : " order by " + columns(dimensions, "f."))
                + (query.maxRows() == null ? "" : " limit " + params.add(query.maxRows()));
        return new Statement(sql, params.values, dimensions);
    }

    /** Every dimension of any grouping set, in a stable order: the columns of the statement. */
    private static List<StatsDimension> dimensions(List<List<StatsDimension>> sets) {
        Set<StatsDimension> all = new LinkedHashSet<>();
        sets.forEach(all::addAll);
        return List.copyOf(all);
    }

    private static String groupingSets(List<List<StatsDimension>> sets) {
        List<String> groups = new ArrayList<>();
        for (List<StatsDimension> set : sets) {
            groups.add("(" + columns(set, "f.") + ")");
        }
        return String.join(", ", groups);
    }

    private static String columns(List<StatsDimension> dimensions, String prefix) {
        return String.join(", ", dimensions.stream().map(dimension -> prefix + column(dimension)).toList());
    }

    private static String column(StatsDimension dimension) {
        return "d_" + dimension.name().toLowerCase();
    }

    private static String expression(StatsDimension dimension) {
        return switch (dimension) {
            case CATEGORY -> "a.category_id";
            case TOP_CATEGORY -> "coalesce(top.top_id, a.category_id)";
            case ORGANISATION -> "a.organisation_id";
            case CHANNEL -> "a.channel";
            case STATUS -> "a.status";
            // through timestamp, not timestamptz: a day has no time zone to convert
            case MONTH -> "to_char(a.created_on::timestamp, 'YYYY-MM')";
            case WEEK -> "to_char(a.created_on::timestamp, 'IYYY-\"W\"IW')";
            case OKTMO -> "left(a.oktmo, 5)";
            case PRIORITY -> "a.priority";
        };
    }

    /**
     * A day as a literal, not a parameter: the period decides between an index and a full pass, and a prepared
     * statement's generic plan (taken after five runs) would plan every period as a few hundred rows, without the
     * parallel scan a year needs. A LocalDate prints as digits and dashes only.
     */
    private static String day(LocalDate day) {
        return "date '" + day + "'";
    }

    private static String anyOf(String column, List<Long> ids, Params params) {
        // one organisation or category is an equality, which the planner estimates better than any() of one
        return ids.size() == 1 ? column + " = " + params.add(ids.get(0))
                : column + " = any(" + params.add(ids.toArray(Long[]::new)) + ")";
    }

    /** The time zone of the appeal's region, from the configuration: an appeal's days are the region's days. */
    private String zone(Params params) {
        StringBuilder zone = new StringBuilder("case a.region_code");
        zones.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> zone
                .append(" when ").append(params.add(entry.getKey()))
                .append(" then ").append(params.add(entry.getValue().getId())));
        return zone.append(" else ").append(params.add(defaultZone.getId())).append(" end").toString();
    }

    private static AppealStatsRow toFigures(Row row, List<StatsDimension> dimensions) {
        int groupedOut = row.getInteger("grouped_out");
        Map<StatsDimension, String> key = new EnumMap<>(StatsDimension.class);
        for (int i = 0; i < dimensions.size(); i++) {
            // grouping(): the leftmost argument is the highest bit, set when the row is not grouped by it
            boolean grouped = (groupedOut & (1 << (dimensions.size() - 1 - i))) == 0;
            Object value = row.getValue(column(dimensions.get(i)));
            if (grouped && value != null) {
                key.put(dimensions.get(i), value.toString());
            }
        }
        return new AppealStatsRow(key, row.getLong("received"), row.getLong("registered"), row.getLong("rejected"),
                row.getLong("answered"), row.getLong("answered_on_time"), row.getLong("overdue_now"),
                row.getDouble("median_answer_days"), row.getDouble("p90_answer_days"), row.getDouble("mean_rating"),
                row.getLong("ratings"), row.getLong("reopened"));
    }

    /** Positional parameters, numbered as they are added. */
    private static final class Params {
        private final List<Object> values = new ArrayList<>();

        String add(Object value) {
            values.add(value);
            return "$" + values.size();
        }
    }
}
