package ru.otklik.polls.repository;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.LockMode;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import ru.otklik.polls.Poll;

@ApplicationScoped
public class PollRepository implements PanacheRepositoryBase<Poll, Long> {

    /**
     * Locks the poll for a ballot's counting until the ballot's transaction ends, and reads it again as it is now:
     * ballots of one poll take turns on its counters (no deadlocks among them), and a ballot never overlaps the poll's
     * closing (one that waited for a closing finds the poll closed). {@code for no key update}: ballots that have not
     * reached this point (their participation's foreign key takes a key share lock) do not wait for it.
     */
    public Uni<Poll> lockForCounting(Poll poll) {
        // detached first, so that the locking read loads the poll anew instead of only locking the copy read before
        return getSession().chain(session -> session.detach(poll).find(Poll.class, poll.id, LockMode.PESSIMISTIC_WRITE));
    }

    public Uni<Boolean> usesOrganisation(long organisationId) {
        return count("organisationId", organisationId).map(count -> count > 0);
    }
}
