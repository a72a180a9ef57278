package ru.otklik.calendar.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.ProductionCalendar.DayKind;
import ru.otklik.calendar.dto.CalendarInput;
import ru.otklik.calendar.dto.DayInput;
import ru.otklik.calendar.dto.SourceInput;
import ru.otklik.calendar.dto.XmlSource;

/**
 * A year as an ADMIN sends it, whatever the format: what it rests on and each day as marked, with the field that
 * names the day in an error ({@code nonWorkingDays[3]} in JSON, {@code days[3]} in an xmlcalendar document).
 *
 * @param sourceField prefix of the source's fields in errors ({@code source.} in JSON; none for query parameters)
 * @param daysField the field that stands for all days in an error about the whole year
 * @param shortenedListed whether the shortened days are given (an xmlcalendar document always gives them)
 */
public record YearData(int year, CalendarStatus status, SourceInput source, String sourceField, String daysField,
        List<Entry> entries, boolean shortenedListed, String format) {

    /** How a day is marked: t=1 of xmlcalendar is HOLIDAY or DAY_OFF, t=2 SHORTENED, t=3 WORKDAY. */
    public enum Mark {
        HOLIDAY,
        DAY_OFF,
        WORKDAY,
        SHORTENED
    }

    /** One day as sent; {@code mark} is null where a non-working day lacks its kind. */
    public record Entry(String field, LocalDate date, Mark mark, String note) {
    }

    public static YearData fromJson(int year, CalendarInput input) {
        List<Entry> entries = new ArrayList<>();
        add(entries, "nonWorkingDays", input.nonWorkingDays(), null);
        add(entries, "transferredWorkingDays", input.transferredWorkingDays(), Mark.WORKDAY);
        add(entries, "shortenedDays", input.shortenedDays(), Mark.SHORTENED);
        SourceInput source = input.source() != null ? input.source() : new SourceInput(null, null, null, null, null);
        return new YearData(year, input.status(), source, "source.", "nonWorkingDays", List.copyOf(entries),
                input.shortenedDays() != null, "json");
    }

    public static YearData fromXml(int year, XmlSource source, List<Entry> entries) {
        return new YearData(year, source.status, source.source(), "", "days", entries, true, "xmlcalendar");
    }

    private static void add(List<Entry> entries, String field, List<DayInput> days, Mark mark) {
        if (days == null) {
            return;
        }
        for (int i = 0; i < days.size(); i++) {
            DayInput day = days.get(i);
            entries.add(new Entry(field + "[" + i + "]", day.date(), mark != null ? mark : nonWorking(day.kind()), day.note()));
        }
    }

    private static Mark nonWorking(DayKind kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case HOLIDAY -> Mark.HOLIDAY;
            case DAY_OFF -> Mark.DAY_OFF;
            case WORKDAY -> null;
        };
    }
}
