package ru.otklik.appeals.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.dto.MapBox;

/**
 * The map's reads: appeals in a box (or circle) on the GiST index {@code appeal_map_idx}, as rows or counted per grid
 * cell, and the open ones that may report what a person is about to file. One statement each, on the pool.
 */
@ApplicationScoped
public class AppealMapQueries {

    /** Every status the map shows, literally as in the index's condition (a parameter could not prove it). */
    static final String ON_MAP = "('REGISTERED', 'IN_PROGRESS', 'REDIRECTED', 'ANSWERED', 'CLOSED')";
    static final String OPEN = "('REGISTERED', 'IN_PROGRESS', 'REDIRECTED')";
    static final String CLOSED = "('ANSWERED', 'CLOSED')";

    /** Where and what to look for; {@code circle} is null for a box, {@code categories} null for every category. */
    public record Area(MapBox box, Circle circle, List<Long> categories, List<Long> hidden, Boolean open, LocalDate from,
            LocalDate to) {
    }

    public record Circle(double lat, double lon, int radius) {
    }

    /** An appeal on the map, with what decides whether its reader may see more of it. */
    public record Located(long id, String number, long categoryId, AppealStatus status, double lat, double lon,
            LocalDate createdOn, int supporters, String authorOid, String enteredByOid, long organisationId,
            Instant registeredAt, String excerpt, int distance, double score) {
    }

    public record Cell(double lat, double lon, int count) {
    }

    record Statement(String sql, List<Object> params) {
    }

    private final Pool pool;

    public AppealMapQueries(Pool pool) {
        this.pool = pool;
    }

    /** The newest appeals of the area, at most {@code limit}. */
    public Uni<List<Located>> markers(Area area, int limit) {
        return located(markersStatement(area, limit));
    }

    /** The appeals of the area counted per cell of {@code cell} degrees. */
    public Uni<List<Cell>> clusters(Area area, double cell) {
        Statement statement = clustersStatement(area, cell);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<Cell> cells = new ArrayList<>();
            rows.forEach(row -> cells.add(new Cell(row.getDouble("lat"), row.getDouble("lon"), row.getInteger("count"))));
            return cells;
        });
    }

    /** Open appeals of the area, the most alike in text first (by the tsquery {@code words}, may be null), then nearest. */
    public Uni<List<Located>> similar(Area area, String words, int limit) {
        return located(similarStatement(area, words, limit));
    }

    private Uni<List<Located>> located(Statement statement) {
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<Located> found = new ArrayList<>();
            rows.forEach(row -> found.add(toLocated(row)));
            return found;
        });
    }

    Statement markersStatement(Area area, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(area, params);
        String columns = columns(area, params, null);
        params.add(limit);
        return new Statement("select " + columns + " from appeal a where " + where
                + " order by a.created_at desc, a.id desc limit $" + params.size(), params);
    }

    Statement clustersStatement(Area area, double cell) {
        List<Object> params = new ArrayList<>();
        String where = where(area, params);
        params.add(cell);
        int c = params.size();
        return new Statement("""
                select count(*)::int as count, avg(a.latitude) as lat, avg(a.longitude) as lon
                from appeal a where %s
                group by floor(a.longitude / $%d), floor(a.latitude / $%d)
                order by 1 desc, 2, 3""".formatted(where, c, c), params);
    }

    Statement similarStatement(Area area, String words, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(area, params);
        String score = "0::float8";
        if (words != null) {
            params.add(words);
            score = "ts_rank(a.search_vector, to_tsquery('russian', $" + params.size() + "))::float8";
        }
        String columns = columns(area, params, score);
        params.add(limit);
        return new Statement("select " + columns + " from appeal a where " + where
                + " order by score desc, distance, a.id limit $" + params.size(), params);
    }

    private static String columns(Area area, List<Object> params, String score) {
        String distance = area.circle() == null ? "0" : "round(" + distance(area.circle(), params) + ")::int";
        return """
                a.id, a.number, a.category_id, a.status, a.latitude, a.longitude, a.created_on, a.supporters, a.author_oid,
                a.entered_by_oid, a.organisation_id, a.registered_at, left(a.text, 200) as excerpt,
                %s as distance, %s as score""".formatted(distance, score == null ? "0::float8" : score);
    }

    private static String where(Area area, List<Object> params) {
        MapBox box = area.box();
        params.add(box.minLon());
        params.add(box.minLat());
        params.add(box.maxLon());
        params.add(box.maxLat());
        List<String> where = new ArrayList<>();
        where.add("point(a.longitude, a.latitude) <@ box(point($1, $2), point($3, $4))");
        where.add("a.latitude is not null");
        where.add("a.status in " + (area.open() == null ? ON_MAP : area.open() ? OPEN : CLOSED));
        if (!area.hidden().isEmpty()) {
            params.add(area.hidden().toArray(Long[]::new));
            where.add("a.category_id <> all($" + params.size() + ")");
        }
        if (area.categories() != null) {
            params.add(area.categories().toArray(Long[]::new));
            where.add("a.category_id = any($" + params.size() + ")");
        }
        if (area.from() != null) {
            params.add(area.from());
            where.add("a.created_on >= $" + params.size());
        }
        if (area.to() != null) {
            params.add(area.to());
            where.add("a.created_on <= $" + params.size());
        }
        if (area.circle() != null) {
            String distance = distance(area.circle(), params);
            params.add(area.circle().radius());
            where.add(distance + " <= $" + params.size());
        }
        return String.join(" and ", where);
    }

    /** Great-circle metres from the circle's centre (haversine on the mean earth radius); adds the centre's parameters. */
    private static String distance(Circle circle, List<Object> params) {
        params.add(circle.lat());
        int lat = params.size();
        params.add(circle.lon());
        int lon = params.size();
        return ("(2 * 6371008.8 * asin(least(1, sqrt(power(sin(radians(a.latitude - $%1$d) / 2), 2) "
                + "+ cos(radians($%1$d)) * cos(radians(a.latitude)) * power(sin(radians(a.longitude - $%2$d) / 2), 2)))))")
                .formatted(lat, lon);
    }

    private static Located toLocated(Row row) {
        return new Located(row.getLong("id"), row.getString("number"), row.getLong("category_id"),
                AppealStatus.valueOf(row.getString("status")), row.getDouble("latitude"), row.getDouble("longitude"),
                row.getLocalDate("created_on"), row.getInteger("supporters"), row.getString("author_oid"),
                row.getString("entered_by_oid"), row.getLong("organisation_id"), AppealQueries.instant(row, "registered_at"),
                row.getString("excerpt"), row.getInteger("distance"), row.getDouble("score"));
    }
}
