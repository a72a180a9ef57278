package ru.otklik.calendar.repository;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.calendar.CalendarDay;
import ru.otklik.calendar.CalendarShortenedDay;

/** The days of a year in a write transaction: its exceptions to the Monday–Friday rule and its shortened days. */
@ApplicationScoped
public class CalendarDayRepository implements PanacheRepositoryBase<CalendarDay, LocalDate> {

    /** Replaces every day of the year with these (bulk deletes run at once, so the inserts never meet old rows). */
    public Uni<Void> replaceYear(int year, List<CalendarDay> days, List<CalendarShortenedDay> shortened) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return delete("day between ?1 and ?2", first, last)
                .chain(() -> getSession().chain(session -> session
                        .createMutationQuery("delete from CalendarShortenedDay where day between :first and :last")
                        .setParameter("first", first)
                        .setParameter("last", last)
                        .executeUpdate()))
                .chain(() -> persist(days))
                .chain(() -> getSession().chain(session -> session.persistAll(shortened.toArray())));
    }
}
