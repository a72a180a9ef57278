package ru.otklik.polls.service;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.polls.PollStatus;
import ru.otklik.polls.repository.PollQueries;

/**
 * Who a published poll is for, for other features that tell people about it (push notifications): the OKTMO
 * prefixes of its audience. Works off any request (no caller): only polls anyone may see answer.
 */
@ApplicationScoped
public class PollAudiences {

    private final PollQueries queries;

    public PollAudiences(PollQueries queries) {
        this.queries = queries;
    }

    /** The OKTMO prefixes of a published poll's audience; empty for a draft or a poll that does not exist. */
    public Uni<List<String>> prefixesOf(long pollId) {
        return queries.find(pollId, null).map(stored -> stored == null || stored.poll().status == PollStatus.DRAFT
                ? List.of() : List.copyOf(Arrays.asList(stored.poll().audienceOktmo)));
    }
}
