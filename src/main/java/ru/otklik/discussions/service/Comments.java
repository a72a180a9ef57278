package ru.otklik.discussions.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentAction;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.dto.CommentEvent;
import ru.otklik.discussions.repository.CommentRepository;
import ru.otklik.shared.action.Acting;
import ru.otklik.shared.action.EventFacts;
import ru.otklik.shared.action.Lifecycle;
import ru.otklik.shared.action.StateMachine;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.problem.ApiException;

/** Comments as the write kit sees them: the table, the actor of {@link DiscussionActor}, the rules of {@link DiscussionRules}. */
@ApplicationScoped
public class Comments implements Lifecycle<Comment, CommentStatus, CommentAction, DiscussionActor> {

    private final Discussions discussions;
    private final DiscussionRules rules;
    private final CommentRepository repository;

    public Comments(Discussions discussions, DiscussionRules rules, CommentRepository repository) {
        this.discussions = discussions;
        this.rules = rules;
        this.repository = repository;
    }

    @Override
    public StateMachine<CommentAction, CommentStatus> machine() {
        return CommentAction.TABLE;
    }

    @Override
    public Class<Comment> type() {
        return Comment.class;
    }

    @Override
    public Uni<DiscussionActor> actor(Caller caller) {
        return discussions.actor(caller);
    }

    /** With its discussion: an edit's rules read whether it is still open. */
    @Override
    public Uni<Comment> load(long id) {
        return repository.findWithDiscussion(id);
    }

    @Override
    public boolean canSee(DiscussionActor actor, Comment comment) {
        return actor.canSee(comment);
    }

    @Override
    public boolean mayPerform(DiscussionActor actor, CommentAction action, Comment comment) {
        return actor.mayPerform(action, comment);
    }

    @Override
    public ApiException refusal(DiscussionActor actor, CommentAction action, Comment comment, Instant now) {
        return action == CommentAction.EDIT ? rules.editRefusal(comment, now) : null;
    }

    @Override
    public ApiException notFound(long id) {
        return ApiException.notFound("comment.not-found", Long.toString(id));
    }

    @Override
    public Acting acting(DiscussionActor actor, CommentAction action, Comment comment) {
        return new Acting(actor.roleFor(action, comment), actor.actingFor(action, comment));
    }

    /**
     * The organisation hears of every comment of its discussions (its administrators moderate them), the author of
     * their own; the payload names neither the author nor the text.
     */
    @Override
    public EventFacts describe(Comment comment) {
        return new EventFacts(comment.organisationId, comment.authorOid, CommentEvent.of(comment));
    }
}
