package ru.otklik.calendar;

import io.smallrye.mutiny.Uni;

/**
 * A feature whose records were computed on the production calendar (appeal deadlines). When an ADMIN replaces a year,
 * each one brings its records in line with the new days, in the replacement's write transaction, so that the new
 * calendar and everything computed on it commit together.
 */
public interface CalendarDependent {

    /** Runs in the caller's transaction (its session only); answers how many records it changed. */
    Uni<Integer> yearReplaced(YearReplaced replaced);
}
