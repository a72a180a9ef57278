package ru.otklik.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The Russian production calendar as shipped data: the years it covers and the days that break the Monday–Friday
 * rule (public holidays, days off moved by the government, Saturdays made working days). Nothing is computed by
 * rule: a year without data is an error, never a guess.
 */
public record ProductionCalendar(Set<Integer> years, Map<LocalDate, DayKind> exceptions) {

    public enum DayKind {
        HOLIDAY,
        DAY_OFF,
        WORKDAY
    }

    public boolean isWorkingDay(LocalDate day) {
        requireYear(day.getYear());
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The day on which {@code workingDays} working days after {@code start} have passed ({@code start} not counted). */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private void requireYear(int year) {
        if (!years.contains(year)) {
            throw new ApiException(ProblemType.CALENDAR_MISSING, "calendar.year-missing", Integer.toString(year));
        }
    }
}
