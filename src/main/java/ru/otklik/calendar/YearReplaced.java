package ru.otklik.calendar;

import java.time.LocalDate;

/**
 * A year of the calendar replaced: its new status and decree (null while provisional), the whole calendar as it is
 * once the replacement commits, and the ADMIN who loaded it.
 */
public record YearReplaced(int year, CalendarStatus status, String decreeNumber, LocalDate decreeDate,
        ProductionCalendar calendar, String loadedByOid) {
}
