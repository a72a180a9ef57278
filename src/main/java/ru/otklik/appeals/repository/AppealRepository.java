package ru.otklik.appeals.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Appeal;

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

    public Uni<Boolean> usesOrganisation(long organisationId) {
        return count("organisationId = ?1 or widgetOrganisationId = ?1", organisationId).map(count -> count > 0);
    }

    public Uni<Boolean> usesCategory(long categoryId) {
        return count("categoryId", categoryId).map(count -> count > 0);
    }
}
