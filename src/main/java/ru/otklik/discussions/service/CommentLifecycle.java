package ru.otklik.discussions.service;

import static ru.otklik.discussions.CommentAction.DELETE;
import static ru.otklik.discussions.CommentAction.EDIT;
import static ru.otklik.discussions.CommentAction.MODERATE;

import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.HoldReason;
import ru.otklik.discussions.ModerationMode;
import ru.otklik.discussions.dto.CommentActions;
import ru.otklik.discussions.dto.CommentView;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.problem.ApiException;

/**
 * The actions on a posted comment: moderation, the author's edit and delete. Each is its own part of the change only:
 * the kit checks visibility, role, status, the edit window and the version, sets the status from
 * {@link ru.otklik.discussions.CommentAction#TABLE} and writes the event.
 */
@ApplicationScoped
public class CommentLifecycle {

    private final Writes writes;
    private final Comments comments;
    private final CommentViews views;
    private final ObsceneWords obsceneWords;

    public CommentLifecycle(Writes writes, Comments comments, CommentViews views, ObsceneWords obsceneWords) {
        this.writes = writes;
        this.comments = comments;
        this.views = views;
        this.obsceneWords = obsceneWords;
    }

    /** APPROVE a pending comment, HIDE a pending or visible one with a reason, RESTORE a hidden one. */
    public Uni<Written<CommentView>> moderate(WriteRequest request, CommentActions.Moderate body) {
        return writes.act(comments, request, MODERATE, body, (comment, actor) -> {
            boolean hide = body.decision() == CommentActions.Decision.HIDE;
            if (hide && body.reason() == null) {
                throw ApiException.invalid("reason", "comment.hide.reason.required");
            }
            if (!hide && body.reason() != null) {
                throw ApiException.invalid("reason", "comment.moderate.reason.not-allowed");
            }
            CommentStatus target = switch (body.decision()) {
                case APPROVE -> from(comment, Set.of(CommentStatus.PENDING), CommentStatus.VISIBLE);
                case HIDE -> from(comment, Set.of(CommentStatus.PENDING, CommentStatus.VISIBLE), CommentStatus.HIDDEN);
                case RESTORE -> from(comment, Set.of(CommentStatus.HIDDEN), CommentStatus.VISIBLE);
            };
            if (target == CommentStatus.VISIBLE) {
                comment.publishedAt = comment.publishedAt == null ? Instant.now() : comment.publishedAt;
                comment.hideReason = null;
                comment.holdReason = null;
            } else {
                comment.hideReason = body.reason();
            }
            return Step.done().leadingTo(target).with("decision", body.decision().name())
                    .with("reason", body.reason() == null ? null : body.reason().name()).asUni();
        }, views::afterWrite);
    }

    /** A decision the comment's status does not admit is the same 409 as an action the table does not allow. */
    private static CommentStatus from(Comment comment, Set<CommentStatus> allowed, CommentStatus target) {
        if (!allowed.contains(comment.status)) {
            throw ApiException.invalidTransition("moderate", comment.status.name());
        }
        return target;
    }

    /**
     * The author, within the edit window, while the discussion is open. The new text is moderated like a new comment:
     * in a pre-moderated discussion, or when its words hold it, a visible comment goes back to the queue.
     */
    public Uni<Written<CommentView>> edit(WriteRequest request, CommentActions.Edit body) {
        return writes.act(comments, request, EDIT, body, (comment, actor) -> {
            boolean held = obsceneWords.foundIn(body.text());
            if (held && comment.official) {
                throw ApiException.invalid("text", "comment.text.obscene");
            }
            comment.text = body.text();
            comment.editedAt = Instant.now();
            if (held) {
                comment.holdReason = HoldReason.OBSCENE_WORDS;
            }
            Step step = Step.done().with("holdReason", held ? HoldReason.OBSCENE_WORDS.name() : null);
            if (comment.status == CommentStatus.PENDING) {
                return step.asUni();
            }
            boolean again = !comment.official && (held || comment.discussion.moderation == ModerationMode.PRE);
            return step.leadingTo(again ? CommentStatus.PENDING : CommentStatus.VISIBLE).asUni();
        }, views::afterWrite);
    }

    /** The author, at any time: the text goes, a tombstone keeps the thread's shape. */
    public Uni<Written<CommentView>> delete(WriteRequest request) {
        return writes.act(comments, request, DELETE, null, (comment, actor) -> {
            comment.text = null;
            return Step.done().asUni();
        }, views::afterWrite);
    }
}
