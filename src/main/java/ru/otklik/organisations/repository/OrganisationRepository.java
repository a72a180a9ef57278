package ru.otklik.organisations.repository;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.db.TransactionLocks;
import ru.otklik.organisations.Organisation;

/** The write side of the directory, inside the caller's transaction. */
@ApplicationScoped
public class OrganisationRepository implements PanacheRepositoryBase<Organisation, Long> {

    /** Other organisations holding any of these registry numbers (the duplicates of a create or update). */
    public Uni<List<Organisation>> findClashes(Long selfId, String inn, String ogrn, String esiaOid) {
        return list("(inn = ?1 or ogrn = ?2 or esiaOid = ?3) and id <> ?4", inn, ogrn, esiaOid == null ? "" : esiaOid,
                selfId == null ? -1L : selfId);
    }

    /** Serialises changes of the organisation tree, so that two concurrent re-parentings cannot make a cycle. */
    public Uni<Void> lockTree() {
        return TransactionLocks.lock("organisation-tree");
    }

    /** Whether {@code candidate} is {@code id} itself or one of its ancestors would be, i.e. whether it is below {@code id}. */
    public Uni<Boolean> isSelfOrDescendant(long candidate, long id) {
        return getSession().chain(session -> session.createNativeQuery("""
                with recursive chain(id, parent_id) as (
                    select o.id, o.parent_id from organisation o where o.id = :candidate
                    union
                    select o.id, o.parent_id from organisation o join chain c on o.id = c.parent_id)
                select count(*) from chain where id = :id""", Long.class)
                .setParameter("candidate", candidate)
                .setParameter("id", id)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** Which of these ids name no organisation at all. */
    public Uni<Set<Long>> findMissing(Set<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return list("id in ?1", ids).map(found -> {
            Set<Long> missing = new HashSet<>(ids);
            found.forEach(organisation -> missing.remove(organisation.id));
            return Set.copyOf(missing);
        });
    }

    public Uni<Boolean> hasChildren(long id) {
        return count("parentId", id).map(count -> count > 0);
    }

    /** Whether any organisation handles this category. */
    public Uni<Boolean> handlesCategory(long categoryId) {
        return getSession().chain(session -> session.createNativeQuery(
                "select count(*) from organisation_category where category_id = :id", Long.class)
                .setParameter("id", categoryId)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** Replaces the organisation's categories; the ones it had before (for the audit trail), read by the same delete. */
    public Uni<Set<Long>> replaceCategories(long organisationId, Set<Long> categoryIds) {
        return getSession().chain(session -> session
                .createNativeQuery("delete from organisation_category where organisation_id = :id returning category_id", Long.class)
                .setParameter("id", organisationId)
                .getResultList()
                .call(() -> categoryIds.isEmpty() ? Uni.createFrom().item(0) : session.createNativeQuery("""
                        insert into organisation_category (organisation_id, category_id)
                        select :id, unnest(cast(:categories as bigint[]))""")
                        .setParameter("id", organisationId)
                        .setParameter("categories", categoryIds.toArray(Long[]::new))
                        .executeUpdate()))
                .map(Set::copyOf);
    }
}
