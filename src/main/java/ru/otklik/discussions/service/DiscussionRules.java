package ru.otklik.discussions.service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.otklik.discussions.AudienceKind;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.dto.DiscussionInput;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * The rules of discussions beyond their tables and their actors' roles, each written once: who may take part (open,
 * trusted, audience), the edit window, where a reply hangs in its thread, a person's display name, and the audience a
 * new discussion gets. Free of I/O, so that they are tested without Quarkus.
 */
@ApplicationScoped
public class DiscussionRules {

    /** Where a new comment hangs in its thread. */
    public record Placement(Long parentId, Long replyToId, Long rootId, int depth) {

        public static final Placement TOP_LEVEL = new Placement(null, null, null, 0);
    }

    private final Duration editWindow;

    @Inject
    public DiscussionRules(OtklikConfig config) {
        this(config.discussions().editWindow());
    }

    public DiscussionRules(Duration editWindow) {
        this.editWindow = editWindow;
    }

    /**
     * Why the caller may not comment or react in the discussion now, or null. An official replying as the owning
     * organisation speaks for it: audience and trust are about residents, not about the organisation.
     */
    public ApiException participation(DiscussionActor actor, Discussion discussion, boolean asOrganisation, Instant now) {
        if (!discussion.openAt(now)) {
            return new ApiException(ProblemType.CONFLICT, "discussion.closed");
        }
        if (asOrganisation) {
            return null;
        }
        Caller caller = actor.caller();
        if (discussion.trustedOnly && !caller.trusted()) {
            return new ApiException(ProblemType.UNTRUSTED_ACCOUNT, "discussion.untrusted");
        }
        if (caller.oktmo() == null || caller.oktmo().isBlank()) {
            return new ApiException(ProblemType.FORBIDDEN, "discussion.audience.no-address");
        }
        if (discussion.audience().stream().noneMatch(caller.oktmo()::startsWith)) {
            return new ApiException(ProblemType.FORBIDDEN, "discussion.audience.outside",
                    String.join(", ", discussion.audience()));
        }
        return null;
    }

    /** Why the author may not edit the comment now (the window has passed, the discussion is closed), or null. */
    public ApiException editRefusal(Comment comment, Instant now) {
        if (!now.isBefore(editableUntil(comment))) {
            return new ApiException(ProblemType.CONFLICT, "comment.edit.too-late", editWindow.toMinutes());
        }
        if (!comment.discussion.openAt(now)) {
            return new ApiException(ProblemType.CONFLICT, "discussion.closed");
        }
        return null;
    }

    public Instant editableUntil(Comment comment) {
        return comment.createdAt.plus(editWindow);
    }

    /**
     * Where a reply to {@code target} hangs: under it, down to depth 5. A reply to a comment at depth 5 hangs under
     * the depth-5 ancestor instead, which is the target itself or, when the target already hangs under one, the
     * target's parent ({@code targetParent}, needed only then); it keeps answering the target ({@code replyToId}).
     */
    public static Placement replyTo(Comment target, Comment targetParent) {
        Long root = target.rootId == null ? target.id : target.rootId;
        if (target.depth < Comment.MAX_DEPTH) {
            return new Placement(target.id, target.id, root, target.depth + 1);
        }
        Long anchor = targetParent != null && targetParent.depth == Comment.MAX_DEPTH ? targetParent.id : target.id;
        return new Placement(anchor, target.id, root, Comment.MAX_DEPTH);
    }

    /**
     * "Имя Ф.": the given name and the initial of the family name from the token at posting time; the full name is
     * never kept. Falls back to the "Фамилия Имя Отчество" of {@code name}, then to a neutral word.
     */
    public static String displayName(Caller.PersonName name) {
        String given = name.given();
        String family = name.family();
        if (blank(given) && !blank(name.full())) {
            String[] parts = name.full().strip().split("\\s+");
            if (parts.length >= 2) {
                family = parts[0];
                given = parts[1];
            }
        }
        if (blank(given)) {
            return "Участник";
        }
        String shown = given.strip();
        shown = shown.length() > 60 ? shown.substring(0, 60) : shown;
        if (blank(family)) {
            return shown;
        }
        return shown + " " + family.strip().substring(0, 1).toUpperCase(Locale.ROOT) + ".";
    }

    /** The OKTMO prefixes of the audience of a new discussion, or the field errors of its audience. */
    public static String[] audience(DiscussionInput.Audience audience, String organisationOktmo,
            List<ApiException.Violation> violations) {
        if (audience == null || audience.kind() == AudienceKind.REGION) {
            if (audience != null && audience.oktmoPrefixes() != null && !audience.oktmoPrefixes().isEmpty()) {
                violations.add(new ApiException.Violation("audience.oktmoPrefixes", "discussion.audience.prefixes.not-allowed"));
            }
            return new String[] { organisationOktmo.substring(0, 2) };
        }
        if (audience.oktmoPrefixes() == null || audience.oktmoPrefixes().isEmpty()) {
            violations.add(new ApiException.Violation("audience.oktmoPrefixes", "discussion.audience.prefixes.required"));
            return new String[0];
        }
        if (audience.oktmoPrefixes().stream().map(prefix -> prefix.substring(0, 2)).distinct().count() > 1) {
            // a place's discussions are found through its region: an audience lies within one
            violations.add(new ApiException.Violation("audience.oktmoPrefixes", "discussion.audience.one-region"));
        }
        return audience.oktmoPrefixes().stream().distinct().sorted().toArray(String[]::new);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
