package ru.otklik.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Working days for answer deadlines, from the calendar tables of the schema. Loaded at start-up and reloaded every
 * hour, so that a migration adding next year's calendar is picked up without a restart. Requests read the loaded
 * calendar; only while none is loaded yet does a request read it itself (never sharing another request's read,
 * so that no request continues on another's context, and no failure is remembered).
 */
@ApplicationScoped
public class WorkingCalendar {

    private static final Logger LOG = Logger.getLogger(WorkingCalendar.class);
    private static final Duration REFRESH = Duration.ofHours(1);

    private final Pool pool;
    private final Vertx vertx;
    private volatile ProductionCalendar loaded;
    private long timer = -1;

    public WorkingCalendar(Pool pool, Vertx vertx) {
        this.pool = pool;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent event) {
        refresh();
        timer = vertx.setPeriodic(REFRESH.toMillis(), id -> refresh());
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    private void refresh() {
        load().subscribe().with(calendar -> loaded = calendar,
                failure -> LOG.warn("Could not read the production calendar; the previous one stays in use", failure));
    }

    public Uni<ProductionCalendar> calendar() {
        ProductionCalendar current = loaded;
        return current != null ? Uni.createFrom().item(current) : load().invoke(calendar -> loaded = calendar);
    }

    public Uni<LocalDate> addWorkingDays(LocalDate start, int workingDays) {
        return calendar().map(days -> days.addWorkingDays(start, workingDays));
    }

    private Uni<ProductionCalendar> load() {
        return pool.query("select year from calendar_year").execute()
                .chain(years -> pool.query("select day, kind from calendar_day").execute().map(days -> {
                    Set<Integer> covered = new HashSet<>();
                    years.forEach(row -> covered.add(row.getInteger("year")));
                    Map<LocalDate, ProductionCalendar.DayKind> exceptions = new HashMap<>();
                    for (Row row : days) {
                        exceptions.put(row.getLocalDate("day"), ProductionCalendar.DayKind.valueOf(row.getString("kind")));
                    }
                    return new ProductionCalendar(Set.copyOf(covered), Map.copyOf(exceptions));
                }));
    }
}
