package ru.otklik.polls.service;

import static ru.otklik.polls.PollStatus.CLOSED;
import static ru.otklik.polls.PollStatus.PUBLISHED;

import java.time.Instant;
import java.util.Arrays;

import ru.otklik.polls.Poll;
import ru.otklik.polls.PollAction;
import ru.otklik.polls.PollStatus;
import ru.otklik.polls.VoteBarrier;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The rules of a poll beyond its table and its actors' roles, each written once and free of I/O: when a poll is
 * closed for its readers, when it accepts ballots, who may vote and why not, who may read the results.
 * {@code PollQueries} has the SQL twins of {@link #status} and {@link #isOpen} for list filters.
 */
public final class PollRules {

    private PollRules() {
    }

    /** The status readers see: a published poll whose end has passed is CLOSED, with no job having run. */
    public static PollStatus status(Poll poll, Instant now) {
        return poll.status == PUBLISHED && !now.isBefore(poll.endsAt) ? CLOSED : poll.status;
    }

    /** Accepting ballots: published, started and not ended. */
    public static boolean isOpen(Poll poll, Instant now) {
        return poll.status == PUBLISHED && !now.isBefore(poll.startsAt) && now.isBefore(poll.endsAt);
    }

    /** Why the action may not be taken now although the table and the actor's role allow it, or null. */
    public static ApiException refusal(PollAction action, Poll poll, Instant now) {
        return switch (action) {
            // a poll whose end has passed is closed already, as its readers see it
            case CLOSE -> status(poll, now) == CLOSED ? ApiException.invalidTransition("close", CLOSED.name()) : null;
            case EXPIRE -> now.isBefore(poll.endsAt) ? new ApiException(ProblemType.CONFLICT, "poll.expire.not-ended") : null;
            default -> null;
        };
    }

    /** Why this caller may not vote now, in the order they should learn of it; null when they may. */
    public static VoteBarrier barrier(PollActor actor, Poll poll, boolean voted, Instant now) {
        Caller caller = actor.caller();
        if (!caller.authenticated()) {
            return VoteBarrier.SIGN_IN;
        }
        if (!isOpen(poll, now)) {
            return VoteBarrier.NOT_OPEN;
        }
        if (voted) {
            return VoteBarrier.ALREADY_VOTED;
        }
        if (poll.trustedOnly && !caller.trusted()) {
            return VoteBarrier.NOT_TRUSTED;
        }
        if (caller.oktmo() == null || caller.oktmo().isBlank()) {
            return VoteBarrier.NO_ADDRESS;
        }
        return inAudience(poll, caller.oktmo()) ? null : VoteBarrier.OUTSIDE_AUDIENCE;
    }

    /** A registration OKTMO within the audience: it starts with one of the poll's prefixes. */
    public static boolean inAudience(Poll poll, String oktmo) {
        return Arrays.stream(poll.audienceOktmo).anyMatch(oktmo::startsWith);
    }

    /** The problem a ballot is refused with, saying why. */
    public static ApiException refusal(VoteBarrier barrier) {
        return switch (barrier) {
            case SIGN_IN -> new ApiException(ProblemType.UNAUTHORIZED, "security.unauthorized");
            case NOT_OPEN -> new ApiException(ProblemType.CONFLICT, "poll.ballot.not-open");
            case ALREADY_VOTED -> new ApiException(ProblemType.DUPLICATE, "poll.ballot.already-voted");
            case NOT_TRUSTED -> new ApiException(ProblemType.UNTRUSTED_ACCOUNT, "poll.ballot.untrusted");
            case NO_ADDRESS -> new ApiException(ProblemType.FORBIDDEN, "poll.ballot.no-address");
            case OUTSIDE_AUDIENCE -> new ApiException(ProblemType.FORBIDDEN, "poll.ballot.outside-audience");
        };
    }

    /**
     * Why this caller may not read the results now, or null: the owning organisation always may; others as the poll
     * says (AFTER_VOTE: once they voted, and everyone once it is closed).
     */
    public static ApiException resultsRefusal(PollActor actor, Poll poll, boolean voted, Instant now) {
        if (actor.owns(poll)) {
            return null;
        }
        boolean closed = status(poll, now) == CLOSED;
        return switch (poll.resultsVisibility) {
            case ALWAYS -> null;
            case AFTER_VOTE -> voted || closed ? null : new ApiException(ProblemType.FORBIDDEN, "poll.results.after-vote");
            case AFTER_CLOSE -> closed ? null : new ApiException(ProblemType.FORBIDDEN, "poll.results.after-close");
        };
    }
}
