package ru.otklik.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The Russian production calendar as data: the years it covers, which of them are only provisional, and the days that
 * break the Monday–Friday rule (public holidays, days off moved by the government, Saturdays made working days).
 * Nothing is computed by rule: a year without data is an error, never a guess. {@code generation} names the state of
 * the calendar tables it was read from.
 */
public record ProductionCalendar(long generation, Set<Integer> years, Set<Integer> provisionalYears,
        Map<LocalDate, DayKind> exceptions) {

    public enum DayKind {
        HOLIDAY,
        DAY_OFF,
        WORKDAY
    }

    /** A due date, and whether any day counted to reach it lies in a provisional year. */
    public record Deadline(LocalDate due, boolean provisional) {
    }

    /** A calendar whose years are all official. */
    public ProductionCalendar(Set<Integer> years, Map<LocalDate, DayKind> exceptions) {
        this(0, years, Set.of(), exceptions);
    }

    public boolean covers(int year) {
        return years.contains(year);
    }

    public boolean isProvisional(int year) {
        return provisionalYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate day) {
        requireYear(day.getYear());
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        return !isWeekend(day);
    }

    public static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
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

    /** {@link #addWorkingDays}, and whether a counted day (after {@code start}, up to the due date) is provisional. */
    public Deadline deadline(LocalDate start, int workingDays) {
        LocalDate due = addWorkingDays(start, workingDays);
        boolean provisional = false;
        for (int year = start.plusDays(1).getYear(); year <= due.getYear(); year++) {
            provisional |= isProvisional(year);
        }
        return new Deadline(due, provisional);
    }

    public int workingDaysIn(int year) {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** This calendar with one year's days replaced: what it becomes once a replacement commits. */
    public ProductionCalendar withYear(int year, boolean provisional, Map<LocalDate, DayKind> days) {
        Map<LocalDate, DayKind> merged = new HashMap<>();
        exceptions.forEach((day, kind) -> {
            if (day.getYear() != year) {
                merged.put(day, kind);
            }
        });
        merged.putAll(days);
        Set<Integer> covered = new HashSet<>(years);
        covered.add(year);
        Set<Integer> provisionalOnes = new HashSet<>(provisionalYears);
        if (provisional) {
            provisionalOnes.add(year);
        } else {
            provisionalOnes.remove(year);
        }
        return new ProductionCalendar(generation, Set.copyOf(covered), Set.copyOf(provisionalOnes), Map.copyOf(merged));
    }

    private void requireYear(int year) {
        if (!years.contains(year)) {
            throw new ApiException(ProblemType.CALENDAR_MISSING, "calendar.year-missing", Integer.toString(year));
        }
    }
}
