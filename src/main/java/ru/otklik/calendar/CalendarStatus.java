package ru.otklik.calendar;

/** What a year's calendar rests on. */
public enum CalendarStatus {
    /** The rules of the Labour Code and transfers not checked against a decree: deadlines on it may still move. */
    PROVISIONAL,
    /** The Government decree on the transfer of days off for the year: deadlines on it are fixed. */
    OFFICIAL
}
