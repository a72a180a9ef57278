package ru.otklik.calendar;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import ru.otklik.calendar.repository.CalendarYearRepository;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.shared.schedule.PeriodicRound;

/**
 * Working days for answer deadlines, from the calendar tables. The calendar is kept in memory; before each use one
 * tiny read of {@code calendar_generation} (moved by a trigger on every change of the calendar tables, see V8) tells
 * whether it is still the committed one, and it is read again when it is not. So a year an ADMIN replaces counts at
 * once for new deadlines in every instance, whichever instance took the request. A request never shares another
 * request's read (no request continues on another's context) and no failure is remembered. A periodic check keeps an
 * idle instance's copy current too, for the calendar's health and metrics.
 */
@ApplicationScoped
public class WorkingCalendar {

    private final Pool pool;
    private final CalendarYearRepository years;
    private volatile ProductionCalendar loaded;
    /** A failed check leaves the previous calendar in use. */
    private final PeriodicRound checks;

    public WorkingCalendar(Pool pool, Vertx vertx, CalendarYearRepository years, OtklikConfig config) {
        this.pool = pool;
        this.years = years;
        this.checks = PeriodicRound.of(vertx, "Reading the production calendar", config.calendar().checkEvery(), this::calendar);
    }

    void start(@Observes StartupEvent event) {
        checks.start();
        checks.now();
    }

    void stop(@Observes ShutdownEvent event) {
        checks.stop();
    }

    /** The calendar as committed now: the copy in memory when nothing changed since it was read, else a new read. */
    public Uni<ProductionCalendar> calendar() {
        return pool.query("select generation from calendar_generation").execute()
                .map(rows -> rows.iterator().next().getLong("generation"))
                .chain(generation -> {
                    ProductionCalendar current = loaded;
                    return current != null && current.generation() == generation
                            ? Uni.createFrom().item(current)
                            : load().invoke(calendar -> loaded = calendar);
                });
    }

    /** The calendar this instance read last, without asking the database; null before the first read. */
    public ProductionCalendar lastRead() {
        return loaded;
    }

    public Uni<LocalDate> addWorkingDays(LocalDate start, int workingDays) {
        return calendar().map(days -> days.addWorkingDays(start, workingDays));
    }

    /**
     * In the caller's write transaction, before it changes anything: waits while a replacement of a year commits, and
     * refuses (409) when the calendar changed since {@code used} was read. A deadline is so never written on data a
     * replacement changed without the replacement seeing it; the caller repeats the request and counts on the new data.
     */
    public Uni<Void> stillCurrent(ProductionCalendar used) {
        return years.holdGeneration().invoke(generation -> {
            if (generation != used.generation()) {
                throw new ApiException(ProblemType.CONFLICT, "calendar.changed");
            }
        }).replaceWithVoid();
    }

    /** The generation and every year and day, in one statement: one snapshot, never a year half replaced. */
    private Uni<ProductionCalendar> load() {
        return pool.query("""
                select g.generation,
                       (select json_agg(json_build_object('year', y.year, 'status', y.status)) from calendar_year y) as years,
                       (select json_agg(json_build_object('day', d.day, 'kind', d.kind)) from calendar_day d) as days
                from calendar_generation g""").execute()
                .map(rows -> toCalendar(rows.iterator().next()));
    }

    private static ProductionCalendar toCalendar(Row row) {
        Set<Integer> covered = new HashSet<>();
        Set<Integer> provisional = new HashSet<>();
        JsonArray years = row.getJsonArray("years");
        if (years != null) {
            for (Object entry : years) {
                JsonObject year = (JsonObject) entry;
                covered.add(year.getInteger("year"));
                if (CalendarStatus.PROVISIONAL.name().equals(year.getString("status"))) {
                    provisional.add(year.getInteger("year"));
                }
            }
        }
        Map<LocalDate, ProductionCalendar.DayKind> exceptions = new HashMap<>();
        JsonArray days = row.getJsonArray("days");
        if (days != null) {
            for (Object entry : days) {
                JsonObject day = (JsonObject) entry;
                exceptions.put(LocalDate.parse(day.getString("day")), ProductionCalendar.DayKind.valueOf(day.getString("kind")));
            }
        }
        return new ProductionCalendar(row.getLong("generation"), Set.copyOf(covered), Set.copyOf(provisional),
                Map.copyOf(exceptions));
    }
}
