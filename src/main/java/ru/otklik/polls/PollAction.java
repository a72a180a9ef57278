package ru.otklik.polls;

import static ru.otklik.polls.PollStatus.CLOSED;
import static ru.otklik.polls.PollStatus.DRAFT;
import static ru.otklik.polls.PollStatus.PUBLISHED;
import static ru.otklik.shared.action.StateMachine.from;

import ru.otklik.shared.action.StateMachine;

/** What can happen to a poll. Where each action may start, where it leads and what it publishes: {@link #TABLE}. */
public enum PollAction {
    CREATE,
    EDIT,
    PUBLISH,
    CLOSE,
    /** The platform records that a poll's end has passed (readers already see it CLOSED). */
    EXPIRE;

    public static final StateMachine<PollAction, PollStatus> TABLE = StateMachine.<PollAction, PollStatus>of("poll")
            .creates(CREATE, DRAFT, "poll.created")
            .stay(EDIT, from(DRAFT), "poll.edited")
            .move(PUBLISH, from(DRAFT), PUBLISHED, "poll.published")
            .move(CLOSE, from(PUBLISHED), CLOSED, "poll.closed")
            .move(EXPIRE, from(PUBLISHED), CLOSED, "poll.closed")
            .build();
}
