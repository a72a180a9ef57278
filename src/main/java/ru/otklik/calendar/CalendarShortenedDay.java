package ru.otklik.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pre-holiday working day one hour shorter (Labour Code art. 95); a working day like any other for deadlines. */
@Entity
@Table(name = "calendar_shortened_day")
public class CalendarShortenedDay {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public String note;

    public static CalendarShortenedDay of(LocalDate day, String note) {
        CalendarShortenedDay row = new CalendarShortenedDay();
        row.day = day;
        row.note = note;
        return row;
    }
}
