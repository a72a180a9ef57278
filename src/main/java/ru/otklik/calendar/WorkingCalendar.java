package ru.otklik.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Working days for answer deadlines, from the calendar tables of the schema. Read once and kept for an hour, so that
 * a migration adding next year's calendar is picked up without a restart.
 */
@ApplicationScoped
public class WorkingCalendar {

    private final Uni<ProductionCalendar> calendar;

    public WorkingCalendar(Pool pool) {
        this.calendar = pool.query("select year from calendar_year").execute()
                .chain(years -> pool.query("select day, kind from calendar_day").execute().map(days -> {
                    Set<Integer> covered = new HashSet<>();
                    years.forEach(row -> covered.add(row.getInteger("year")));
                    Map<LocalDate, ProductionCalendar.DayKind> exceptions = new HashMap<>();
                    for (Row row : days) {
                        exceptions.put(row.getLocalDate("day"), ProductionCalendar.DayKind.valueOf(row.getString("kind")));
                    }
                    return new ProductionCalendar(Set.copyOf(covered), Map.copyOf(exceptions));
                }))
                .memoize().atLeast(Duration.ofHours(1));
    }

    public Uni<ProductionCalendar> calendar() {
        return calendar;
    }

    public Uni<LocalDate> addWorkingDays(LocalDate start, int workingDays) {
        return calendar.map(days -> days.addWorkingDays(start, workingDays));
    }
}
