package ru.otklik.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.otklik.calendar.ProductionCalendar.DayKind;

/** Which deadlines rest on provisional data, and a calendar with one year replaced; no Quarkus. */
class ProductionCalendarDeadlineTest {

    private static final ProductionCalendar CALENDAR = new ProductionCalendar(7, Set.of(2026, 2027), Set.of(2027),
            Map.of(LocalDate.of(2026, 12, 31), DayKind.DAY_OFF, LocalDate.of(2027, 1, 1), DayKind.HOLIDAY,
                    LocalDate.of(2027, 1, 4), DayKind.HOLIDAY));

    @Test
    void aDeadlineIsProvisionalWhenACountedDayLiesInAProvisionalYear() {
        assertFalse(CALENDAR.deadline(LocalDate.of(2026, 11, 30), 10).provisional());
        ProductionCalendar.Deadline reaching = CALENDAR.deadline(LocalDate.of(2026, 12, 25), 5);
        assertEquals(LocalDate.of(2027, 1, 6), reaching.due());
        assertTrue(reaching.provisional());
    }

    @Test
    void theDayCountedFromIsNotCountedAndSoDecidesNothing() {
        ProductionCalendar.Deadline deadline = new ProductionCalendar(1, Set.of(2026, 2027), Set.of(2026), Map.of())
                .deadline(LocalDate.of(2026, 12, 31), 1);
        assertEquals(LocalDate.of(2027, 1, 1), deadline.due());
        assertFalse(deadline.provisional(), "only 1 January 2027, an official day, was counted");
    }

    @Test
    void replacingAYearKeepsTheOthersAndItsStatusFollowsTheLoad() {
        ProductionCalendar replaced = CALENDAR.withYear(2027, false, Map.of(LocalDate.of(2027, 1, 5), DayKind.DAY_OFF));
        assertFalse(replaced.isProvisional(2027));
        assertEquals(DayKind.DAY_OFF, replaced.exceptions().get(LocalDate.of(2026, 12, 31)), "2026 untouched");
        assertFalse(replaced.exceptions().containsKey(LocalDate.of(2027, 1, 4)), "2027 replaced as a whole");
        // 31 December off (2026 kept), 1 and 4 January working now, 5 January off
        assertEquals(LocalDate.of(2027, 1, 6), replaced.deadline(LocalDate.of(2026, 12, 30), 3).due());
        assertTrue(CALENDAR.withYear(2028, true, Map.of()).isProvisional(2028));
    }
}
