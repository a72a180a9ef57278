package ru.otklik.discussions.service;

import java.util.List;
import java.util.Map;

import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentAction;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.DiscussionAction;
import ru.otklik.shared.action.Actor;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.OrgRole;
import ru.otklik.shared.caller.PlatformRole;

/**
 * The caller as discussions see them: the person, and their role in each organisation they act for (by directory
 * id). Who may see a comment, who moderates and who may take which action is decided here and nowhere else.
 */
public record DiscussionActor(Caller caller, Map<Long, OrgRole> organisations) implements Actor {

    @Override
    public String oid() {
        return caller.oid();
    }

    /** An official or administrator of the organisation: speaks for it (opens, closes, replies as it). */
    public boolean speaksFor(long organisationId) {
        return organisations.containsKey(organisationId);
    }

    public OrgRole roleIn(long organisationId) {
        return organisations.get(organisationId);
    }

    /** Platform moderators everywhere; an organisation's administrators in its own discussions. */
    public boolean moderates(long organisationId) {
        return caller.has(PlatformRole.MODERATOR) || organisations.get(organisationId) == OrgRole.ORG_ADMIN;
    }

    public boolean platformModerator() {
        return caller.has(PlatformRole.MODERATOR);
    }

    /** The organisations whose discussions this person moderates as their administrator. */
    public List<Long> administered() {
        return organisations.entrySet().stream().filter(e -> e.getValue() == OrgRole.ORG_ADMIN).map(Map.Entry::getKey)
                .sorted().toList();
    }

    public boolean wrote(Comment comment) {
        return caller.authenticated() && caller.oid().equals(comment.authorOid);
    }

    /**
     * Who sees the comment itself (its text, and for actions at all): everyone once it is visible; its author and its
     * moderators always; a deleted one that was published is a tombstone to everyone. Anyone else gets a 404.
     */
    public boolean canSee(Comment comment) {
        return comment.status == CommentStatus.VISIBLE
                || comment.status == CommentStatus.DELETED && comment.publishedAt != null
                || wrote(comment) || moderates(comment.organisationId);
    }

    public boolean mayPerform(CommentAction action, Comment comment) {
        return switch (action) {
            case POST, OFFICIAL_REPLY -> false;
            case MODERATE -> moderates(comment.organisationId);
            case EDIT, DELETE -> wrote(comment);
        };
    }

    public boolean mayPerform(DiscussionAction action, Discussion discussion) {
        return switch (action) {
            case CREATE -> false;
            case CLOSE -> speaksFor(discussion.organisationId);
        };
    }

    /** The role the journal records for what the caller does to the comment. */
    public String roleFor(CommentAction action, Comment comment) {
        return switch (action) {
            case POST -> "CITIZEN";
            case OFFICIAL_REPLY -> "OFFICIAL";
            case MODERATE -> caller.has(PlatformRole.MODERATOR) ? "MODERATOR" : OrgRole.ORG_ADMIN.name();
            case EDIT, DELETE -> comment.official ? "OFFICIAL" : "CITIZEN";
        };
    }

    /** The organisation the caller acts for in this step, if they act for one. */
    public Long actingFor(CommentAction action, Comment comment) {
        boolean forOrganisation = action == CommentAction.OFFICIAL_REPLY
                || action == CommentAction.MODERATE && !caller.has(PlatformRole.MODERATOR)
                || (action == CommentAction.EDIT || action == CommentAction.DELETE) && comment.official;
        return forOrganisation ? comment.organisationId : null;
    }
}
