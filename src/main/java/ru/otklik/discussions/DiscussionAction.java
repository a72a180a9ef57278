package ru.otklik.discussions;

import static ru.otklik.discussions.DiscussionStatus.CLOSED;
import static ru.otklik.discussions.DiscussionStatus.OPEN;
import static ru.otklik.shared.action.StateMachine.from;

import ru.otklik.shared.action.StateMachine;

/** What can happen to a discussion; see {@link DiscussionStatus}. */
public enum DiscussionAction {
    CREATE,
    CLOSE;

    public static final StateMachine<DiscussionAction, DiscussionStatus> TABLE = StateMachine
            .<DiscussionAction, DiscussionStatus>of("discussion")
            .creates(CREATE, OPEN, "discussion.opened")
            .move(CLOSE, from(OPEN), CLOSED, "discussion.closed")
            .build();
}
