package ru.otklik.discussions.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentAction;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.HoldReason;
import ru.otklik.discussions.ModerationMode;
import ru.otklik.discussions.dto.CommentInput;
import ru.otklik.discussions.dto.CommentView;
import ru.otklik.discussions.repository.CommentRepository;
import ru.otklik.discussions.repository.DiscussionQueries;
import ru.otklik.discussions.repository.DiscussionRepository;
import ru.otklik.discussions.service.DiscussionRules.Placement;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.action.Creation.Created;
import ru.otklik.shared.action.Step;
import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Posting a comment or a reply. Before the transaction: the words are checked and, for an official reply, the
 * organisation's short name read from the directory. In it: the discussion (share-locked, so that a close waits) says
 * whether the caller may take part, the parent where the reply hangs, and the kit makes the comment PENDING or VISIBLE
 * with its event.
 */
@ApplicationScoped
public class CommentPosting {

    private final Writes writes;
    private final Comments comments;
    private final Discussions discussions;
    private final CommentViews views;
    private final DiscussionRules rules;
    private final ObsceneWords obsceneWords;
    private final DiscussionRepository discussionRepository;
    private final CommentRepository repository;
    private final DiscussionQueries discussionQueries;
    private final OrganisationService organisations;
    private final CallerResolver callers;

    public CommentPosting(Writes writes, Comments comments, Discussions discussions, CommentViews views,
            DiscussionRules rules, ObsceneWords obsceneWords, DiscussionRepository discussionRepository,
            CommentRepository repository, DiscussionQueries discussionQueries, OrganisationService organisations,
            CallerResolver callers) {
        this.writes = writes;
        this.comments = comments;
        this.discussions = discussions;
        this.views = views;
        this.rules = rules;
        this.obsceneWords = obsceneWords;
        this.discussionRepository = discussionRepository;
        this.repository = repository;
        this.discussionQueries = discussionQueries;
        this.organisations = organisations;
        this.callers = callers;
    }

    /** What posting decides before the transaction: the name it is signed with, and whether its words hold it. */
    record Signature(String name, boolean held) {
    }

    public Uni<Written<CommentView>> post(WriteRequest request, long discussionId, CommentInput input) {
        boolean held = obsceneWords.foundIn(input.text());
        CommentAction action = input.asOrganisation() ? CommentAction.OFFICIAL_REPLY : CommentAction.POST;
        return signature(discussionId, input, held).chain(signature -> writes.create(comments, request, action, input,
                actor -> discussionRepository.findForParticipation(discussionId)
                        .chain(discussion -> created(actor, discussion, discussionId, input, signature)),
                views::afterWrite));
    }

    private Uni<Signature> signature(long discussionId, CommentInput input, boolean held) {
        if (!input.asOrganisation()) {
            return Uni.createFrom().item(new Signature(DiscussionRules.displayName(callers.current().name()), held));
        }
        return discussionQueries.find(discussionId).chain(stored -> {
            if (stored == null) {
                throw discussions.notFound(discussionId);
            }
            return organisations.find(stored.discussion().organisationId)
                    .map(organisation -> new Signature(organisation.shortName(), held));
        });
    }

    /** The new comment, inside the transaction. */
    private Uni<Created<Comment>> created(DiscussionActor actor, Discussion discussion, long discussionId,
            CommentInput input, Signature signature) {
        if (discussion == null) {
            throw discussions.notFound(discussionId);
        }
        Instant now = Instant.now();
        if (input.asOrganisation()) {
            if (!actor.speaksFor(discussion.organisationId)) {
                throw new ApiException(ProblemType.FORBIDDEN, "comment.official.not-official");
            }
            if (input.parentId() == null) {
                throw ApiException.invalid("parentId", "comment.official.parent-required");
            }
            if (signature.held()) {
                // the organisation speaks under its own name and moderates itself: it rephrases rather than waits
                throw ApiException.invalid("text", "comment.text.obscene");
            }
        }
        ApiException refusal = rules.participation(actor, discussion, input.asOrganisation(), now);
        if (refusal != null) {
            throw refusal;
        }
        return placement(input.parentId(), discussion, actor).map(placement -> {
            boolean waits = !input.asOrganisation() && (discussion.moderation == ModerationMode.PRE || signature.held());
            CommentStatus status = waits ? CommentStatus.PENDING : CommentStatus.VISIBLE;
            Comment comment = new Comment();
            comment.discussionId = discussion.id;
            comment.discussion = discussion;
            comment.organisationId = discussion.organisationId;
            comment.parentId = placement.parentId();
            comment.replyToId = placement.replyToId();
            comment.rootId = placement.rootId();
            comment.depth = placement.depth();
            comment.authorOid = actor.oid();
            comment.authorName = signature.name();
            comment.official = input.asOrganisation();
            comment.text = input.text();
            comment.holdReason = signature.held() ? HoldReason.OBSCENE_WORDS : null;
            comment.createdAt = now;
            comment.publishedAt = waits ? null : now;
            return new Created<>(comment, Step.done().leadingTo(status)
                    .with("holdReason", comment.holdReason == null ? null : comment.holdReason.name()));
        });
    }

    /** Where a reply hangs: its target must be a visible comment of the same discussion that the caller can see. */
    private Uni<Placement> placement(Long parentId, Discussion discussion, DiscussionActor actor) {
        if (parentId == null) {
            return Uni.createFrom().item(Placement.TOP_LEVEL);
        }
        return repository.findById(parentId).chain(target -> {
            if (target == null || !target.discussionId.equals(discussion.id) || !actor.canSee(target)) {
                throw ApiException.invalid("parentId", "comment.parent.unknown");
            }
            if (target.status != CommentStatus.VISIBLE) {
                throw ApiException.invalid("parentId", "comment.parent.unavailable");
            }
            if (target.depth < Comment.MAX_DEPTH) {
                return Uni.createFrom().item(DiscussionRules.replyTo(target, null));
            }
            return repository.findById(target.parentId).map(parent -> DiscussionRules.replyTo(target, parent));
        });
    }
}
