package ru.otklik.calendar.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.ProductionCalendar.DayKind;

/** The calendar's read side, outside any transaction: a year with all its days in one statement. */
@ApplicationScoped
public class CalendarQueries {

    /** A year as committed now: what it rests on and its rows (shortened days null when not listed). */
    public record StoredYear(int year, CalendarStatus status, String decreeNumber, LocalDate decreeDate, String sourceUrl,
            String draftReference, String basis, Instant loadedAt, int version, List<StoredDay> days,
            List<StoredDay> shortenedDays) {
    }

    /** A row of calendar_day ({@code kind} set) or calendar_shortened_day ({@code kind} null). */
    public record StoredDay(LocalDate date, DayKind kind, String note) {
    }

    private final Pool pool;

    public CalendarQueries(Pool pool) {
        this.pool = pool;
    }

    /** The year, or null when the calendar has no data for it. */
    public Uni<StoredYear> find(int year) {
        return pool.preparedQuery("""
                select y.year, y.status, y.decree_number, y.decree_date, y.source_url, y.draft_reference, y.basis,
                       y.shortened_days_listed, y.loaded_at, y.version,
                       (select json_agg(json_build_object('day', d.day, 'kind', d.kind, 'note', d.note) order by d.day)
                        from calendar_day d where d.day between make_date(y.year, 1, 1) and make_date(y.year, 12, 31)) as days,
                       (select json_agg(json_build_object('day', s.day, 'note', s.note) order by s.day)
                        from calendar_shortened_day s
                        where s.day between make_date(y.year, 1, 1) and make_date(y.year, 12, 31)) as shortened
                from calendar_year y where y.year = $1""")
                .execute(Tuple.of(year))
                .map(rows -> rows.iterator().hasNext() ? toYear(rows.iterator().next()) : null);
    }

    /** What the year rests on now, or null when the calendar has no data for it. */
    public Uni<CalendarStatus> status(int year) {
        return pool.preparedQuery("select status from calendar_year where year = $1").execute(Tuple.of(year))
                .map(rows -> rows.iterator().hasNext() ? CalendarStatus.valueOf(rows.iterator().next().getString(0)) : null);
    }

    private static StoredYear toYear(Row row) {
        OffsetDateTime loadedAt = row.getOffsetDateTime("loaded_at");
        return new StoredYear(row.getInteger("year"), CalendarStatus.valueOf(row.getString("status")),
                row.getString("decree_number"), row.getLocalDate("decree_date"), row.getString("source_url"),
                row.getString("draft_reference"), row.getString("basis"), loadedAt == null ? null : loadedAt.toInstant(),
                row.getInteger("version"), days(row.getJsonArray("days")),
                row.getBoolean("shortened_days_listed") ? days(row.getJsonArray("shortened")) : null);
    }

    private static List<StoredDay> days(JsonArray rows) {
        List<StoredDay> days = new ArrayList<>();
        if (rows != null) {
            for (Object entry : rows) {
                JsonObject day = (JsonObject) entry;
                String kind = day.getString("kind");
                days.add(new StoredDay(LocalDate.parse(day.getString("day")), kind == null ? null : DayKind.valueOf(kind),
                        day.getString("note")));
            }
        }
        return List.copyOf(days);
    }
}
