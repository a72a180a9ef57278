package ru.otklik.polls.service;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.polls.Poll;
import ru.otklik.polls.VoteBarrier;
import ru.otklik.polls.dto.Audience;
import ru.otklik.polls.dto.BallotReceipt;
import ru.otklik.polls.dto.PollFilter;
import ru.otklik.polls.dto.PollSummary;
import ru.otklik.polls.dto.PollView;
import ru.otklik.polls.repository.PollQueries;
import ru.otklik.polls.repository.PollQueries.Stored;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;

/**
 * Polls as callers read them, always as committed, outside any transaction: one poll (with whether the caller may
 * vote and why not), lists, and the responses of writes. Anonymous callers read published and closed polls.
 */
@ApplicationScoped
public class PollViews {

    private final Polls polls;
    private final PollQueries queries;
    private final PollQuestions questions;
    private final Writes writes;
    private final CallerResolver callers;
    private final OrganisationService organisations;

    public PollViews(Polls polls, PollQueries queries, PollQuestions questions, Writes writes, CallerResolver callers,
            OrganisationService organisations) {
        this.polls = polls;
        this.queries = queries;
        this.questions = questions;
        this.writes = writes;
        this.callers = callers;
        this.organisations = organisations;
    }

    Uni<PollActor> actor() {
        return polls.actor(callers.current());
    }

    /** The poll as the caller may see it: 404 for someone else's draft (or none). */
    public Uni<PollView> get(long id) {
        return actor().chain(actor -> visible(id, actor).chain(stored -> view(stored, actor)));
    }

    /** The committed poll with whether the caller voted, if they may see it; 404 otherwise. */
    Uni<Stored> visible(long id, PollActor actor) {
        return queries.find(id, actor.oid()).invoke(stored -> {
            if (stored == null || !actor.canSee(stored.poll())) {
                throw polls.notFound(id);
            }
        });
    }

    /** The response of an action, after its commit; nothing for a replay to someone who may no longer see the poll. */
    public Uni<PollView> afterWrite(Outcome outcome, PollActor actor) {
        return queries.find(outcome.resourceId(), actor.oid()).chain(stored -> stored == null
                || outcome.replayed() && !actor.canSee(stored.poll()) ? Uni.createFrom().nullItem() : view(stored, actor));
    }

    /** The response of a ballot (and of its replays): counted, and whether the voter may read the results now. */
    public Uni<BallotReceipt> receipt(long pollId, PollActor actor) {
        return queries.find(pollId, actor.oid()).map(stored -> new BallotReceipt(pollId, true,
                PollRules.resultsRefusal(actor, stored.poll(), stored.voted(), Instant.now()) == null));
    }

    /** Published and closed polls for everyone, and the drafts of the caller's own organisations; newest first. */
    public Uni<Page<PollSummary>> list(PollFilter filter, PageRequest page) {
        return actor().chain(actor -> queries.list(filter, actor.organisationIds(), page)).map(polls -> {
            Instant now = Instant.now();
            return new Page<>(polls.items().stream().map(poll -> summary(poll, now)).toList(), polls.nextCursor());
        });
    }

    private static PollSummary summary(Poll poll, Instant now) {
        return new PollSummary(poll.id, poll.organisationId, poll.title, PollRules.status(poll, now),
                PollRules.isOpen(poll, now), poll.startsAt, poll.endsAt, audience(poll), poll.trustedOnly);
    }

    private Uni<PollView> view(Stored stored, PollActor actor) {
        Poll poll = stored.poll();
        Instant now = Instant.now();
        VoteBarrier barrier = PollRules.barrier(actor, poll, stored.voted(), now);
        return organisations.find(poll.organisationId).map(organisation -> new PollView(
                poll.id,
                new PollView.Ref(poll.organisationId, organisation == null ? null : organisation.shortName()),
                poll.title,
                poll.description,
                poll.coverUrl,
                poll.startsAt,
                poll.endsAt,
                audience(poll),
                poll.trustedOnly,
                poll.resultsVisibility,
                PollRules.status(poll, now),
                PollRules.isOpen(poll, now),
                questions.read(poll.questions),
                poll.createdAt,
                poll.publishedAt,
                poll.closedAt,
                actor.caller().authenticated() ? stored.voted() : null,
                barrier == null,
                barrier,
                PollRules.resultsRefusal(actor, poll, stored.voted(), now) == null,
                writes.allowedActions(polls, actor, poll, now),
                poll.version));
    }

    private static Audience audience(Poll poll) {
        return new Audience(poll.audienceKind, List.copyOf(Arrays.asList(poll.audienceOktmo)));
    }
}
