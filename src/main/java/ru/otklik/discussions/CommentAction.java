package ru.otklik.discussions;

import static ru.otklik.discussions.CommentStatus.DELETED;
import static ru.otklik.discussions.CommentStatus.HIDDEN;
import static ru.otklik.discussions.CommentStatus.PENDING;
import static ru.otklik.discussions.CommentStatus.VISIBLE;
import static ru.otklik.shared.action.StateMachine.from;

import ru.otklik.shared.action.StateMachine;

/**
 * What can happen to a comment; see the diagram in {@link CommentStatus}. Where an action has several targets
 * (posting, moderating, editing) the change chooses one, and the row names its event: {@code comment.posted} is
 * published exactly when a comment becomes visible to everyone, {@code comment.submitted} when it waits for a
 * moderator (an event for moderators and the organisation, whose administrators moderate it).
 */
public enum CommentAction {
    POST,
    OFFICIAL_REPLY,
    MODERATE,
    EDIT,
    DELETE;

    public static final StateMachine<CommentAction, CommentStatus> TABLE = StateMachine
            .<CommentAction, CommentStatus>of("comment")
            .creates(POST, PENDING, "comment.submitted")
            .creates(POST, VISIBLE, "comment.posted")
            .creates(OFFICIAL_REPLY, VISIBLE, "comment.official_reply")
            .move(MODERATE, from(PENDING), VISIBLE, "comment.posted")
            .move(MODERATE, from(PENDING, VISIBLE), HIDDEN, "comment.hidden")
            .move(MODERATE, from(HIDDEN), VISIBLE, "comment.restored")
            .stay(EDIT, from(PENDING), "comment.edited")
            .move(EDIT, from(VISIBLE), VISIBLE, "comment.edited")
            .move(EDIT, from(VISIBLE), PENDING, "comment.edited")
            .move(DELETE, from(PENDING, VISIBLE, HIDDEN), DELETED, "comment.deleted")
            // a moderator's or organisation administrator's decision: audited
            .privileged(MODERATE)
            .build();
}
