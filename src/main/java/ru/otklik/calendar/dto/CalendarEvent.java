package ru.otklik.calendar.dto;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;

import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.CalendarYear;

/** The payload of every {@code calendar.*} event: which year, what it rests on now. Public data only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CalendarEvent(int year, CalendarStatus status, String decreeNumber, LocalDate decreeDate, String sourceUrl) {

    public static CalendarEvent of(CalendarYear year) {
        return new CalendarEvent(year.year, year.status, year.decreeNumber, year.decreeDate, year.sourceUrl);
    }
}
