package ru.otklik.calendar;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A day that breaks the Monday–Friday rule (see {@code V3__production_calendar.sql}). */
@Entity
@Table(name = "calendar_day")
public class CalendarDay {

    @Id
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProductionCalendar.DayKind kind;

    @Column(nullable = false)
    public String note;

    public static CalendarDay of(LocalDate day, ProductionCalendar.DayKind kind, String note) {
        CalendarDay row = new CalendarDay();
        row.day = day;
        row.kind = kind;
        row.note = note;
        return row;
    }
}
