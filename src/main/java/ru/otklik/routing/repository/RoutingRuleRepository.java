package ru.otklik.routing.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import ru.otklik.routing.RoutingRule;

@ApplicationScoped
public class RoutingRuleRepository implements PanacheRepositoryBase<RoutingRule, Long> {

    /**
     * Rules of these categories whose prefix covers the OKTMO code, the longest prefix first within a category.
     * The caller orders categories by closeness.
     */
    public Uni<List<RoutingRule>> candidates(List<Long> categoryIds, String oktmo) {
        return getSession().chain(session -> session.createNativeQuery("""
                select r.* from routing_rule r
                where r.category_id in (:categories) and starts_with(:oktmo, r.oktmo_prefix)
                order by length(r.oktmo_prefix) desc, r.id""", RoutingRule.class)
                .setParameter("categories", categoryIds)
                .setParameter("oktmo", oktmo)
                .getResultList());
    }

    public Uni<List<RoutingRule>> page(Long categoryId, Long organisationId, long afterId, int limit) {
        StringBuilder query = new StringBuilder("id > :after");
        if (categoryId != null) {
            query.append(" and categoryId = :category");
        }
        if (organisationId != null) {
            query.append(" and organisationId = :organisation");
        }
        Parameters parameters = Parameters.with("after", afterId);
        if (categoryId != null) {
            parameters.and("category", categoryId);
        }
        if (organisationId != null) {
            parameters.and("organisation", organisationId);
        }
        return find(query + " order by id", parameters).range(0, limit).list();
    }
}
