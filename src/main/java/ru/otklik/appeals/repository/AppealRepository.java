package ru.otklik.appeals.repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealStatus;

@ApplicationScoped
public class AppealRepository implements PanacheRepositoryBase<Appeal, Long> {

    /**
     * The next number of the region and year. The counter row stays locked until the filing commits, so numbers are
     * unique, gapless and given out in commit order.
     */
    public Uni<Long> nextNumber(String regionCode, int year) {
        return getSession().chain(session -> session.createNativeQuery("""
                insert into appeal_number_counter (region_code, year, last_value) values (:region, :year, 1)
                on conflict (region_code, year) do update set last_value = appeal_number_counter.last_value + 1
                returning last_value""", Long.class)
                .setParameter("region", regionCode)
                .setParameter("year", year)
                .getSingleResult());
    }

    /**
     * Running appeals whose provisional deadline may count a day of {@code year} (the few with
     * {@code due_date_provisional}: {@code appeal_provisional_idx}), locked for the recount: an action under way on
     * one of them finishes first and is seen as committed.
     */
    public Uni<List<Appeal>> provisionalReaching(int year, Set<AppealStatus> running, Instant now) {
        return find("dueDateProvisional = true and status in ?1 and dueAt > ?2 and dueDate >= ?3 "
                + "and (deadlineStart is null or deadlineStart <= ?4) order by id",
                running, now, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    public Uni<Boolean> usesOrganisation(long organisationId) {
        return count("organisationId = ?1 or widgetOrganisationId = ?1", organisationId).map(count -> count > 0);
    }

    public Uni<Boolean> usesCategory(long categoryId) {
        return count("categoryId", categoryId).map(count -> count > 0);
    }
}
