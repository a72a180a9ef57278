package ru.otklik.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/** Deadlines on the calendar the migrations ship, as the government decrees set it. */
@QuarkusTest
class ProductionCalendarTest {

    @Inject
    WorkingCalendar workingCalendar;

    ProductionCalendar calendar;

    @BeforeEach
    void load() {
        calendar = workingCalendar.calendar().await().indefinitely();
    }

    @Test
    void theNewYearHolidaysAreSkipped() {
        // 29 and 30 December work; 31 December 2025 and 1-11 January 2026 are off (9 January moved from 3 January)
        assertEquals(LocalDate.of(2026, 1, 21), calendar.addWorkingDays(LocalDate.of(2025, 12, 26), 10));
        assertEquals(LocalDate.of(2026, 1, 12), calendar.addWorkingDays(LocalDate.of(2025, 12, 30), 1));
    }

    @Test
    void aTransferredWorkingSaturdayCountsAndTheDayOffItGaveDoesNot() {
        // 2027: Saturday 20 February works, Monday 22 February is off in exchange, 23 February is a holiday
        assertTrue(calendar.isWorkingDay(LocalDate.of(2027, 2, 20)));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2027, 2, 22)));
        assertEquals(LocalDate.of(2027, 2, 24), calendar.addWorkingDays(LocalDate.of(2027, 2, 19), 2));
    }

    @Test
    void mayHolidaysOf2025WithTheirTransfers() {
        // 1-4 May off (2 May moved from 4 January), 8-11 May off (8 May moved from 23 February)
        assertEquals(LocalDate.of(2025, 5, 5), calendar.addWorkingDays(LocalDate.of(2025, 4, 30), 1));
        assertEquals(LocalDate.of(2025, 5, 12), calendar.addWorkingDays(LocalDate.of(2025, 5, 7), 1));
    }

    @Test
    void eachYearHasItsOfficialNumberOfWorkingDays() {
        assertEquals(248, workingDays(2024));
        assertEquals(247, workingDays(2025));
        assertEquals(247, workingDays(2026));
        assertEquals(247, workingDays(2027));
    }

    @Test
    void aYearWithoutDataFailsClearly() {
        ApiException missing = assertThrows(ApiException.class,
                () -> calendar.addWorkingDays(LocalDate.of(2027, 12, 28), 5));
        assertEquals(ProblemType.CALENDAR_MISSING, missing.type());
    }

    private int workingDays(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
