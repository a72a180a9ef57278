package ru.otklik.discussions.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.ReactionKind;
import ru.otklik.discussions.dto.ReactionInput;
import ru.otklik.discussions.dto.ReactionView;
import ru.otklik.discussions.repository.CommentQueries;
import ru.otklik.discussions.repository.CommentRepository;
import ru.otklik.discussions.repository.DiscussionRepository;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * A like or dislike: one per person per comment, changed or removed at will. Outside any transition table, through
 * the kit's plain write (one transaction, Idempotency-Key). The comment's row is locked first, so that parallel
 * clicks on one comment take turns and its counters always equal its reaction rows; no event is published.
 */
@ApplicationScoped
public class Reactions {

    private static final Logger LOG = Logger.getLogger(Reactions.class);

    private final Writes writes;
    private final Comments comments;
    private final DiscussionRules rules;
    private final CommentRepository repository;
    private final DiscussionRepository discussions;
    private final CommentQueries queries;
    private final CallerResolver callers;

    public Reactions(Writes writes, Comments comments, DiscussionRules rules, CommentRepository repository,
            DiscussionRepository discussions, CommentQueries queries, CallerResolver callers) {
        this.writes = writes;
        this.comments = comments;
        this.rules = rules;
        this.repository = repository;
        this.discussions = discussions;
        this.queries = queries;
        this.callers = callers;
    }

    public Uni<Written<ReactionView>> react(WriteRequest request, ReactionInput body) {
        ReactionKind next = body.reaction() == ReactionInput.Choice.NONE ? null : ReactionKind.valueOf(body.reaction().name());
        return set(request, body, next);
    }

    public Uni<Written<ReactionView>> remove(WriteRequest request) {
        return set(request, null, null);
    }

    private Uni<Written<ReactionView>> set(WriteRequest request, Object body, ReactionKind next) {
        long id = request.id();
        return comments.actor(callers.current()).chain(actor -> writes.write(actor, request, body,
                () -> repository.lockForReaction(id).chain(comment -> change(actor, comment, id, next)),
                (outcome, caller) -> queries.reactions(outcome.resourceId(), caller.oid())));
    }

    /** Inside the transaction, with the comment's row locked. */
    private Uni<Outcome> change(DiscussionActor actor, Comment comment, long id, ReactionKind next) {
        if (comment == null || !actor.canSee(comment)) {
            throw comments.notFound(id);
        }
        if (comment.status != CommentStatus.VISIBLE) {
            throw new ApiException(ProblemType.CONFLICT, "comment.reaction.not-visible");
        }
        return discussions.findForParticipation(comment.discussionId).chain(discussion -> {
            ApiException refusal = rules.participation(actor, discussion, false, Instant.now());
            if (refusal != null) {
                throw refusal;
            }
            return repository.reactionOf(id, actor.oid());
        }).chain(previous -> previous == next ? Uni.createFrom().voidItem()
                : repository.react(id, actor.oid(), previous, next)
                        .invoke(() -> LOG.debugf("comment %d: reaction %s by %s", id, next, actor.oid())))
                .map(ignored -> Outcome.of(200, id));
    }
}
