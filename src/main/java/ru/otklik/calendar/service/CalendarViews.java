package ru.otklik.calendar.service;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.calendar.ProductionCalendar.DayKind;
import ru.otklik.calendar.dto.CalendarView;
import ru.otklik.calendar.dto.CalendarView.DayView;
import ru.otklik.calendar.repository.CalendarQueries.StoredDay;
import ru.otklik.calendar.repository.CalendarQueries.StoredYear;

/** A stored year as the API shows it, with its totals counted from its days. */
final class CalendarViews {

    private static final int HOURS_A_DAY = 8;

    private CalendarViews() {
    }

    static CalendarView of(StoredYear year) {
        Map<LocalDate, DayKind> exceptions = year.days().stream().collect(Collectors.toMap(StoredDay::date, StoredDay::kind));
        int working = new ProductionCalendar(Set.of(year.year()), exceptions).workingDaysIn(year.year());
        int length = Year.of(year.year()).length();
        List<StoredDay> shortened = year.shortenedDays();
        return new CalendarView(
                year.year(),
                year.status(),
                new CalendarView.SourceView(year.decreeNumber(), year.decreeDate(), year.sourceUrl(), year.draftReference(),
                        year.basis()),
                year.days().stream().filter(day -> day.kind() != DayKind.WORKDAY)
                        .map(day -> new DayView(day.date(), day.kind(), day.note())).toList(),
                year.days().stream().filter(day -> day.kind() == DayKind.WORKDAY)
                        .map(day -> new DayView(day.date(), null, day.note())).toList(),
                shortened == null ? null : shortened.stream().map(day -> new DayView(day.date(), null, day.note())).toList(),
                // a shortened day is one hour shorter (Labour Code art. 95)
                new CalendarView.Totals(length, working, length - working,
                        shortened == null ? null : working * HOURS_A_DAY - shortened.size()),
                year.loadedAt(),
                year.version());
    }
}
