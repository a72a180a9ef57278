package ru.otklik.polls.service;

import static ru.otklik.polls.PollAction.CLOSE;
import static ru.otklik.polls.PollAction.EXPIRE;
import static ru.otklik.polls.PollAction.PUBLISH;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.polls.dto.PollView;
import ru.otklik.polls.dto.Question;
import ru.otklik.polls.repository.BallotBox;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;

/**
 * The actions on a poll after its drafting, each its own part of the change only (the kit checks the rest and sets
 * the status from {@code PollAction.TABLE}): publish (the whole poll checked, then frozen, its counters opened),
 * close early, and expire, the platform's record that the end has passed.
 */
@ApplicationScoped
public class PollLifecycle {

    private final Writes writes;
    private final Polls polls;
    private final PollViews views;
    private final PollQuestions questions;
    private final BallotBox box;
    private final Duration startGrace;

    public PollLifecycle(Writes writes, Polls polls, PollViews views, PollQuestions questions, BallotBox box,
            OtklikConfig config) {
        this.writes = writes;
        this.polls = polls;
        this.views = views;
        this.questions = questions;
        this.box = box;
        this.startGrace = config.polls().startGrace();
    }

    public Uni<Written<PollView>> publish(WriteRequest request) {
        return writes.act(polls, request, PUBLISH, null, (poll, actor) -> {
            Instant now = Instant.now();
            List<Question> asked = questions.read(poll.questions);
            List<Violation> violations = PollValidation.publication(poll, asked, now, startGrace);
            if (!violations.isEmpty()) {
                throw ApiException.invalid(violations);
            }
            poll.publishedAt = now;
            poll.updatedAt = now;
            return box.open(poll.id, PollQuestions.counters(asked)).replaceWith(Step.done());
        }, views::afterWrite);
    }

    public Uni<Written<PollView>> close(WriteRequest request) {
        return writes.act(polls, request, CLOSE, null, (poll, actor) -> {
            Instant now = Instant.now();
            poll.closedAt = now;
            poll.updatedAt = now;
            return Step.done().asUni();
        }, views::afterWrite);
    }

    /**
     * Records that the poll's end has passed (readers see it closed already): CLOSED and {@code poll.closed}, once,
     * however many sweepers try at once.
     */
    public Uni<Outcome> expire(long id) {
        return writes.actByPlatform(polls, PollActor.PLATFORM, id, EXPIRE, (poll, actor) -> {
            poll.closedAt = poll.endsAt;
            poll.updatedAt = Instant.now();
            return Step.done().with("endedAt", poll.endsAt.toString()).asUni();
        });
    }
}
