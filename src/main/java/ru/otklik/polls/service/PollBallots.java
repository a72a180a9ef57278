package ru.otklik.polls.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.polls.Poll;
import ru.otklik.polls.VoteBarrier;
import ru.otklik.polls.dto.Ballot;
import ru.otklik.polls.dto.BallotInput;
import ru.otklik.polls.dto.BallotReceipt;
import ru.otklik.polls.repository.BallotBox;
import ru.otklik.polls.repository.PollRepository;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.caller.CallerResolver;

/**
 * Casting a ballot: a write outside the poll's table ({@link Writes#write}: one transaction, Idempotency-Key). In it:
 * who may vote ({@link PollRules#barrier}); the participation recorded, where the primary key refuses a second ballot
 * (409 {@code duplicate}); the answers checked ({@link BallotValidation}); then, the poll locked and checked again, the
 * counts and free-text answers added ({@link BallotBox}). Nothing is logged of it.
 * <p>
 * The key's fingerprint leaves the answers out: a hash of a ballot kept next to the voter's oid for days could be
 * reversed by trying the few possible ballots. A retry with the same key is answered with the first ballot's outcome
 * whatever it carries, which is what a voter who already voted gets anyway.
 */
@ApplicationScoped
public class PollBallots {

    private final Writes writes;
    private final Polls polls;
    private final PollViews views;
    private final PollQuestions questions;
    private final PollRepository repository;
    private final BallotBox box;
    private final CallerResolver callers;

    public PollBallots(Writes writes, Polls polls, PollViews views, PollQuestions questions, PollRepository repository,
            BallotBox box, CallerResolver callers) {
        this.writes = writes;
        this.polls = polls;
        this.views = views;
        this.questions = questions;
        this.repository = repository;
        this.box = box;
        this.callers = callers;
    }

    /** 201 with a receipt; the ballot has no address of its own (it is kept only as counts). */
    public Uni<Written<BallotReceipt>> cast(long pollId, WriteRequest request, BallotInput input) {
        return polls.actor(callers.current()).chain(actor -> writes.write(actor, request, null,
                () -> cast(actor, pollId, input), (outcome, voter) -> views.receipt(pollId, voter)));
    }

    private Uni<Outcome> cast(PollActor actor, long pollId, BallotInput input) {
        return repository.findById(pollId).chain(poll -> {
            if (poll == null || !actor.canSee(poll)) {
                throw polls.notFound(pollId);
            }
            refuseUnlessMayVote(actor, poll);
            // participation first: whoever has voted learns that, whatever this ballot says (a refused ballot's
            // participation goes with its transaction); no poll lock yet, so refusals never queue behind ballots
            return box.enter(pollId, actor.oid()).chain(entered -> {
                if (!entered) {
                    throw PollRules.refusal(VoteBarrier.ALREADY_VOTED);
                }
                Ballot ballot = BallotValidation.check(questions.read(poll.questions), input);
                return repository.lockForCounting(poll)
                        .invoke(locked -> refuseUnlessMayVote(actor, locked))
                        .chain(() -> box.count(pollId, ballot));
            }).replaceWith(Outcome.unaddressed(201));
        });
    }

    private static void refuseUnlessMayVote(PollActor actor, Poll poll) {
        VoteBarrier barrier = PollRules.barrier(actor, poll, false, Instant.now());
        if (barrier != null) {
            throw PollRules.refusal(barrier);
        }
    }
}
