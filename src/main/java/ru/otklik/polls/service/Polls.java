package ru.otklik.polls.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.polls.Poll;
import ru.otklik.polls.PollAction;
import ru.otklik.polls.PollStatus;
import ru.otklik.polls.dto.PollEvent;
import ru.otklik.shared.action.Acting;
import ru.otklik.shared.action.EventFacts;
import ru.otklik.shared.action.Lifecycle;
import ru.otklik.shared.action.StateMachine;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.problem.ApiException;

/** Polls as the write kit sees them: the table, the actor, and the rules of {@link PollActor} and {@link PollRules}. */
@ApplicationScoped
public class Polls implements Lifecycle<Poll, PollStatus, PollAction, PollActor> {

    private final OrganisationService organisations;

    public Polls(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public StateMachine<PollAction, PollStatus> machine() {
        return PollAction.TABLE;
    }

    @Override
    public Class<Poll> type() {
        return Poll.class;
    }

    /** The caller with the organisations they act for (as OFFICIAL or ORG_ADMIN). */
    @Override
    public Uni<PollActor> actor(Caller caller) {
        return organisations.findByEsiaOids(caller.organisationOids()).map(found -> PollActor.person(caller, found));
    }

    @Override
    public boolean canSee(PollActor actor, Poll poll) {
        return actor.canSee(poll);
    }

    @Override
    public boolean mayPerform(PollActor actor, PollAction action, Poll poll) {
        return actor.mayPerform(action, poll);
    }

    @Override
    public ApiException refusal(PollActor actor, PollAction action, Poll poll, Instant now) {
        return PollRules.refusal(action, poll, now);
    }

    @Override
    public ApiException notFound(long id) {
        return ApiException.notFound("poll.not-found", Long.toString(id));
    }

    @Override
    public Acting acting(PollActor actor, PollAction action, Poll poll) {
        return new Acting(actor.roleIn(poll), poll.organisationId);
    }

    /** A poll's events are its organisation's, drafts included; they never name a voter. */
    @Override
    public EventFacts describe(Poll poll) {
        return new EventFacts(poll.organisationId, null, PollEvent.of(poll));
    }
}
