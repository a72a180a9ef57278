package ru.otklik.partners.repository;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.partners.Partner;

/** The write side of the partner registry, inside the caller's transaction. */
@ApplicationScoped
public class PartnerRepository implements PanacheRepositoryBase<Partner, Long> {

    /** Another partner registered with this client id. */
    public Uni<Boolean> clientIdTaken(String clientId, Long selfId) {
        return count("clientId = ?1 and id <> ?2", clientId, selfId == null ? -1L : selfId).map(count -> count > 0);
    }

    /** Replaces the partner's organisations; the ones it had before (for the audit trail), read by the same delete. */
    public Uni<Set<Long>> replaceOrganisations(long partnerId, Set<Long> organisationIds) {
        return getSession().chain(session -> session
                .createNativeQuery("delete from partner_organisation where partner_id = :id returning organisation_id", Long.class)
                .setParameter("id", partnerId)
                .getResultList()
                .call(() -> session.createNativeQuery("""
                        insert into partner_organisation (partner_id, organisation_id)
                        select :id, unnest(cast(:organisations as bigint[]))""")
                        .setParameter("id", partnerId)
                        .setParameter("organisations", organisationIds.toArray(Long[]::new))
                        .executeUpdate()))
                .map(Set::copyOf);
    }

    /** Whether any partner acts for this organisation itself (not only through a parent). */
    public Uni<Boolean> refersTo(long organisationId) {
        return getSession().chain(session -> session.createNativeQuery(
                "select count(*) from partner_organisation where organisation_id = :id", Long.class)
                .setParameter("id", organisationId)
                .getSingleResult())
                .map(count -> count > 0);
    }
}
