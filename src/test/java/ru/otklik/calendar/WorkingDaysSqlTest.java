package ru.otklik.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The calendar's SQL functions (V9) count exactly what the Java calendar counts, for every pair of days up to 70 days
 * apart over all the years shipped, and know nothing of the years not shipped.
 */
@QuarkusTest
class WorkingDaysSqlTest {

    @Inject
    Pool pool;

    @Inject
    WorkingCalendar calendar;

    @Test
    void workingDaysBetweenAgreesWithAddWorkingDaysEverywhere() {
        ProductionCalendar days = calendar.calendar().await().indefinitely();
        // working_days_between(d, e) = n exactly when e lies from addWorkingDays(d, n) to the day before the (n+1)-th
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("""
                select d::date as from_day, e::date as to_day, working_days_between(d::date, e::date) as between,
                       is_working_day(e::date) as working
                from generate_series(date '2024-01-01', date '2027-10-20', interval '1 day') d,
                     generate_series(d, d + interval '70 days', interval '1 day') e""")
                .execute().await().indefinitely().forEach(rows::add);
        for (Row row : rows) {
            LocalDate from = row.getLocalDate("from_day");
            LocalDate to = row.getLocalDate("to_day");
            int counted = row.getInteger("between");
            assertEquals(days.isWorkingDay(to), row.getBoolean("working"), to.toString());
            LocalDate reached = days.addWorkingDays(from, counted);
            boolean consistent = counted == 0 ? to.isBefore(days.addWorkingDays(from, 1))
                    : !reached.isAfter(to) && to.isBefore(days.addWorkingDays(from, counted + 1));
            assertEquals(true, consistent, from + " .. " + to + ": " + counted);
        }
        assertEquals(1389 * 71, rows.size());
    }

    @Test
    void theNumberingOfASpanGivesTheSameCountsAsThePairFunction() {
        Row row = pool.preparedQuery("""
                select count(*) filter (where a.covered_since = b.covered_since
                                        and b.number - a.number is distinct from working_days_between(a.day, b.day)) as wrong,
                       count(*) filter (where a.covered_since is distinct from b.covered_since
                                        and working_days_between(a.day, b.day) is not null) as missing,
                       count(*) as pairs
                from working_day_numbers($1, $2) a
                join working_day_numbers($1, $2) b on b.day between a.day and a.day + 45""")
                .execute(Tuple.of(LocalDate.of(2023, 11, 1), LocalDate.of(2028, 2, 1))).await().indefinitely().iterator().next();
        assertEquals(0, row.getLong("wrong"));
        assertEquals(0, row.getLong("missing"));
    }

    @Test
    void theYearsOfTheOfficialCalendarsHaveTheirWorkingDays() {
        Row row = pool.query("""
                select working_days_between('2023-12-31', '2024-12-31') as y2024,
                       working_days_between('2024-12-31', '2025-12-31') as y2025,
                       working_days_between('2025-12-31', '2026-12-31') as y2026,
                       working_days_between('2026-12-31', '2027-12-31') as y2027,
                       working_days_between('2026-03-10', '2026-03-05') as backwards""")
                .execute().await().indefinitely().iterator().next();
        // 2024 starts in 2023, which the calendar does not cover
        assertNull(row.getInteger("y2024"));
        assertEquals(247, row.getInteger("y2025"));
        assertEquals(247, row.getInteger("y2026"));
        assertEquals(247, row.getInteger("y2027"));
        // 6 and 10 March, backwards
        assertEquals(-2, row.getInteger("backwards"));
        assertEquals(248, pool.query("select working_days_between('2024-01-01', '2024-12-31') + 0 as y")
                .execute().await().indefinitely().iterator().next().getInteger("y"));
    }

    @Test
    void aYearWithoutCalendarIsUnknownNeverGuessed() {
        Row row = pool.query("""
                select working_days_between('2023-06-01', '2023-06-30') as before,
                       working_days_between('2027-12-20', '2028-01-20') as across,
                       is_working_day('2028-03-01') as after,
                       (select count(*) from working_day_numbers('2027-12-30', '2028-01-02') where number is not null) as numbered""")
                .execute().await().indefinitely().iterator().next();
        assertNull(row.getInteger("before"));
        assertNull(row.getInteger("across"));
        assertNull(row.getBoolean("after"));
        assertEquals(2, row.getLong("numbered"));
    }
}
