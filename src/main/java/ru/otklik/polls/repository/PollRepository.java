package ru.otklik.polls.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.polls.Poll;

@ApplicationScoped
public class PollRepository implements PanacheRepositoryBase<Poll, Long> {

    /**
     * The poll for a ballot, locked until the ballot's transaction ends: ballots of one poll take turns on its
     * counters without deadlocks, and a ballot and the poll's closing never overlap (a ballot that waited for a
     * closing sees the poll closed).
     */
    public Uni<Poll> lockForBallot(long id) {
        return getSession().chain(session -> session.find(Poll.class, id, LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<Boolean> usesOrganisation(long organisationId) {
        return count("organisationId", organisationId).map(count -> count > 0);
    }
}
