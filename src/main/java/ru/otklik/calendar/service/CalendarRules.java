package ru.otklik.calendar.service;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.otklik.calendar.CalendarDay;
import ru.otklik.calendar.CalendarShortenedDay;
import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.ProductionCalendar.DayKind;
import ru.otklik.calendar.dto.SourceInput;
import ru.otklik.calendar.service.YearData.Entry;
import ru.otklik.calendar.service.YearData.Mark;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;

/**
 * Whether a year an ADMIN sends can be the production calendar: what it rests on fits its status, every day lies in
 * the year and is marked once, no mark contradicts the week (a weekday is working anyway, a weekend is off anyway) or
 * the Labour Code (a public holiday is never worked, one on a weekday is always listed), and the year has a plausible
 * number of working days. Every error names its day. Free of I/O, so that it is tested without Quarkus.
 */
@ApplicationScoped
public class CalendarRules {

    /** The non-working public holidays of the Labour Code, art. 112 part 1. */
    static final Map<MonthDay, String> PUBLIC_HOLIDAYS = Map.ofEntries(
            Map.entry(MonthDay.of(1, 1), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 2), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 3), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 4), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 5), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 6), "Новогодние каникулы"),
            Map.entry(MonthDay.of(1, 7), "Рождество Христово"),
            Map.entry(MonthDay.of(1, 8), "Новогодние каникулы"),
            Map.entry(MonthDay.of(2, 23), "День защитника Отечества"),
            Map.entry(MonthDay.of(3, 8), "Международный женский день"),
            Map.entry(MonthDay.of(5, 1), "Праздник Весны и Труда"),
            Map.entry(MonthDay.of(5, 9), "День Победы"),
            Map.entry(MonthDay.of(6, 12), "День России"),
            Map.entry(MonthDay.of(11, 4), "День народного единства"));

    private static final Set<Mark> WORKED = EnumSet.of(Mark.WORKDAY, Mark.SHORTENED);

    private final int minWorkingDays;
    private final int maxWorkingDays;

    @Inject
    public CalendarRules(OtklikConfig config) {
        this(config.calendar().minWorkingDays(), config.calendar().maxWorkingDays());
    }

    public CalendarRules(int minWorkingDays, int maxWorkingDays) {
        this.minWorkingDays = minWorkingDays;
        this.maxWorkingDays = maxWorkingDays;
    }

    /** What the calendar tables will hold for the year, and its working days. */
    public record Checked(Map<LocalDate, DayKind> exceptions, List<CalendarDay> days, List<CalendarShortenedDay> shortened,
            int workingDays) {
    }

    /** The name of the public holiday on this day, or null. */
    public static String publicHoliday(LocalDate day) {
        return PUBLIC_HOLIDAYS.get(MonthDay.from(day));
    }

    /** The year as rows, or a 400 listing every error at once. */
    public Checked check(YearData data) {
        List<Violation> violations = new ArrayList<>();
        checkSource(data, violations);
        Map<LocalDate, List<Entry>> byDate = new TreeMap<>();
        Set<LocalDate> given = new HashSet<>();
        for (Entry entry : data.entries()) {
            given.add(entry.date());
            Violation wrong = checkDay(data.year(), entry);
            if (wrong != null) {
                violations.add(wrong);
                continue;
            }
            List<Entry> same = byDate.computeIfAbsent(entry.date(), day -> new ArrayList<>());
            Entry contradicted = same.stream().filter(earlier -> contradicts(earlier, entry)).findFirst().orElse(null);
            if (contradicted != null) {
                violations.add(new Violation(entry.field(), "calendar.day.twice", entry.date(), contradicted.field()));
            } else if (same.stream().noneMatch(earlier -> earlier.mark() == entry.mark())) {
                same.add(entry);
            }
        }
        // a public holiday on a weekday that is not listed at all would count as a working day
        new TreeMap<>(PUBLIC_HOLIDAYS).forEach((date, name) -> {
            LocalDate day = date.atYear(data.year());
            if (!ProductionCalendar.isWeekend(day) && !given.contains(day)) {
                violations.add(new Violation(data.daysField(), "calendar.holiday.missing", day, name));
            }
        });
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        Checked checked = rows(data.year(), byDate);
        if (checked.workingDays() < minWorkingDays || checked.workingDays() > maxWorkingDays) {
            throw ApiException.invalid(data.daysField(), "calendar.totals.implausible", checked.workingDays(),
                    minWorkingDays, maxWorkingDays);
        }
        return checked;
    }

    private static void checkSource(YearData data, List<Violation> violations) {
        SourceInput source = data.source();
        String prefix = data.sourceField();
        if (data.status() == CalendarStatus.OFFICIAL) {
            if (blank(source.decreeNumber())) {
                violations.add(new Violation(prefix + "decreeNumber", "calendar.official.decree-required"));
            }
            if (source.decreeDate() == null) {
                violations.add(new Violation(prefix + "decreeDate", "calendar.official.decree-required"));
            } else if (source.decreeDate().getYear() < data.year() - 2 || source.decreeDate().getYear() > data.year()) {
                violations.add(new Violation(prefix + "decreeDate", "calendar.decree-date.implausible", source.decreeDate(),
                        Integer.toString(data.year())));
            }
            if (blank(source.url())) {
                violations.add(new Violation(prefix + "url", "calendar.official.url-required"));
            }
            if (!blank(source.draftReference())) {
                violations.add(new Violation(prefix + "draftReference", "calendar.official.no-draft"));
            }
        } else if (data.status() == CalendarStatus.PROVISIONAL) {
            if (!blank(source.decreeNumber())) {
                violations.add(new Violation(prefix + "decreeNumber", "calendar.provisional.no-decree"));
            }
            if (source.decreeDate() != null) {
                violations.add(new Violation(prefix + "decreeDate", "calendar.provisional.no-decree"));
            }
        }
    }

    /** What is wrong with one day on its own, or null. */
    private static Violation checkDay(int year, Entry entry) {
        LocalDate day = entry.date();
        if (day.getYear() != year) {
            return new Violation(entry.field(), "calendar.day.other-year", day, Integer.toString(year));
        }
        if (entry.mark() == null) {
            return new Violation(entry.field() + ".kind", "calendar.day.kind", day);
        }
        boolean weekend = ProductionCalendar.isWeekend(day);
        String holiday = publicHoliday(day);
        return switch (entry.mark()) {
            case HOLIDAY -> holiday == null ? new Violation(entry.field(), "calendar.day.not-public-holiday", day) : null;
            case DAY_OFF -> holiday != null ? new Violation(entry.field(), "calendar.day.is-public-holiday", day, holiday)
                    : weekend ? new Violation(entry.field(), "calendar.day.weekend-off", day) : null;
            case WORKDAY, SHORTENED -> holiday != null ? new Violation(entry.field(), "calendar.day.holiday-working", day, holiday)
                    : entry.mark() == Mark.WORKDAY && !weekend ? new Violation(entry.field(), "calendar.day.weekday-working", day)
                    : null;
        };
    }

    /** Two marks of one day agree only when they are the same, or a worked weekend that is also shortened. */
    private static boolean contradicts(Entry earlier, Entry later) {
        return earlier.mark() != later.mark() && !(WORKED.contains(earlier.mark()) && WORKED.contains(later.mark()));
    }

    private static Checked rows(int year, Map<LocalDate, List<Entry>> byDate) {
        Map<LocalDate, DayKind> exceptions = new TreeMap<>();
        List<CalendarDay> days = new ArrayList<>();
        List<CalendarShortenedDay> shortened = new ArrayList<>();
        byDate.forEach((day, entries) -> {
            for (Entry entry : entries) {
                if (entry.mark() == Mark.SHORTENED) {
                    shortened.add(CalendarShortenedDay.of(day, note(entry, "Предпраздничный день, сокращённый на час")));
                    continue;
                }
                DayKind kind = switch (entry.mark()) {
                    case HOLIDAY -> DayKind.HOLIDAY;
                    case DAY_OFF -> DayKind.DAY_OFF;
                    default -> DayKind.WORKDAY;
                };
                exceptions.put(day, kind);
                days.add(CalendarDay.of(day, kind, note(entry, switch (kind) {
                    case HOLIDAY -> publicHoliday(day);
                    case DAY_OFF -> "Перенесённый выходной день";
                    case WORKDAY -> "Рабочий день (перенос выходного)";
                })));
            }
            // a shortened Saturday or Sunday is worked: it needs its WORKDAY row like any worked weekend
            if (ProductionCalendar.isWeekend(day) && !exceptions.containsKey(day)) {
                exceptions.put(day, DayKind.WORKDAY);
                days.add(CalendarDay.of(day, DayKind.WORKDAY, "Рабочий день (перенос выходного), сокращённый на час"));
            }
        });
        int working = new ProductionCalendar(Set.of(year), exceptions).workingDaysIn(year);
        return new Checked(Map.copyOf(exceptions), List.copyOf(days), List.copyOf(shortened), working);
    }

    private static String note(Entry entry, String otherwise) {
        return blank(entry.note()) ? otherwise : entry.note().strip();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
