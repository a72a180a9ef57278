package ru.otklik.discussions.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Discussion;

@ApplicationScoped
public class DiscussionRepository implements PanacheRepositoryBase<Discussion, Long> {

    /**
     * The discussion a comment or a reaction goes to, share-locked until the write commits: closing it waits for
     * writes under way, and a write that waited for a close sees it closed.
     */
    public Uni<Discussion> findForParticipation(long id) {
        return findById(id, LockModeType.PESSIMISTIC_READ);
    }

    public Uni<Boolean> usesOrganisation(long organisationId) {
        return count("organisationId", organisationId).map(count -> count > 0);
    }
}
