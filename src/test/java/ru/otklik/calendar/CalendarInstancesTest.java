package ru.otklik.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.calendar.repository.CalendarYearRepository;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.testsupport.Calendars;
import ru.otklik.testsupport.Tokens;

/**
 * Two instances of the application on one database, as two WorkingCalendar objects with their own copies: a year
 * replaced through one (here: through the API) counts in the other for the very next deadline, with no timer.
 */
@QuarkusTest
class CalendarInstancesTest {

    @Inject
    Pool pool;

    @Inject
    Vertx vertx;

    @Inject
    CalendarYearRepository years;

    @Inject
    OtklikConfig config;

    @Test
    void aYearLoadedOrReplacedCountsAtOnceInEveryInstance() {
        WorkingCalendar first = new WorkingCalendar(pool, vertx, years, config);
        WorkingCalendar second = new WorkingCalendar(pool, vertx, years, config);
        ProductionCalendar read = first.calendar().await().indefinitely();
        assertSame(read, first.calendar().await().indefinitely(), "nothing changed: the copy in memory");
        second.calendar().await().indefinitely();
        ApiException missing = assertThrows(ApiException.class,
                () -> second.addWorkingDays(LocalDate.of(2039, 3, 1), 1).await().indefinitely());
        assertEquals(ProblemType.CALENDAR_MISSING, missing.type());

        Calendars.put(Tokens.admin(), 2039, Calendars.provisional(2039)).statusCode(201);

        // 2039: 1 March is a Tuesday, 8 March a Tuesday holiday
        assertEquals(LocalDate.of(2039, 3, 9), first.addWorkingDays(LocalDate.of(2039, 3, 1), 5).await().indefinitely());
        assertEquals(LocalDate.of(2039, 3, 9), second.addWorkingDays(LocalDate.of(2039, 3, 1), 5).await().indefinitely());
        assertTrue(second.calendar().await().indefinitely().isProvisional(2039));

        Map<String, Object> corrected = Calendars.official(2039);
        List<Map<String, Object>> days = new ArrayList<>(Calendars.holidays(2039));
        days.add(Calendars.day(LocalDate.of(2039, 3, 7), "DAY_OFF", null));
        corrected.put("nonWorkingDays", days);
        Calendars.put(Tokens.admin(), 2039, corrected).statusCode(200);

        assertEquals(LocalDate.of(2039, 3, 10), first.addWorkingDays(LocalDate.of(2039, 3, 1), 5).await().indefinitely());
        ProductionCalendar now = second.calendar().await().indefinitely();
        assertEquals(LocalDate.of(2039, 3, 10), now.addWorkingDays(LocalDate.of(2039, 3, 1), 5));
        assertFalse(now.isProvisional(2039));
        assertNotSame(read, now);
    }

    @Test
    void aChangeMadeInTheDatabaseByHandIsNoticedToo() {
        WorkingCalendar instance = new WorkingCalendar(pool, vertx, years, config);
        assertFalse(instance.calendar().await().indefinitely().covers(2040));
        pool.preparedQuery("insert into calendar_year (year) values ($1)").execute(Tuple.of(2040)).await().indefinitely();
        try {
            ProductionCalendar now = instance.calendar().await().indefinitely();
            assertTrue(now.covers(2040));
            assertTrue(now.isProvisional(2040), "a year nobody vouches for is provisional");
        } finally {
            pool.preparedQuery("delete from calendar_year where year = $1").execute(Tuple.of(2040)).await().indefinitely();
        }
        assertFalse(instance.calendar().await().indefinitely().covers(2040));
    }
}
