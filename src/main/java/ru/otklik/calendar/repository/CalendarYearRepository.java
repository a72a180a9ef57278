package ru.otklik.calendar.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.common.AffectedEntities;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.calendar.CalendarYear;

/** Years of the calendar in a write transaction, and the lock on the calendar's generation (see V8). */
@ApplicationScoped
public class CalendarYearRepository implements PanacheRepositoryBase<CalendarYear, Integer> {

    /** The generation, locked until the transaction ends: a replacement of a year holds it so. */
    public Uni<Long> lockGeneration() {
        return generation("for update");
    }

    /** The generation, held shared until the transaction ends: a deadline being written holds it so. */
    public Uni<Long> holdGeneration() {
        return generation("for share");
    }

    private Uni<Long> generation(String lock) {
        // naming what the statement touches keeps Hibernate from flushing the session first: the lock must come
        // before any row lock of the transaction (an appeal's update), in every transaction, or two would deadlock
        return getSession().chain(session -> session.createNativeQuery(
                "select generation from calendar_generation " + lock, Long.class, new AffectedEntities(CalendarYear.class))
                .getSingleResult());
    }
}
