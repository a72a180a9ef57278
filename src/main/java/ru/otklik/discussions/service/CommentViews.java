package ru.otklik.discussions.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.dto.CommentOrder;
import ru.otklik.discussions.dto.CommentView;
import ru.otklik.discussions.dto.QueueFilter;
import ru.otklik.discussions.repository.CommentQueries;
import ru.otklik.discussions.repository.CommentQueries.Order;
import ru.otklik.discussions.repository.CommentQueries.Stored;
import ru.otklik.discussions.repository.CommentQueries.Threads;
import ru.otklik.discussions.repository.CommentQueries.Viewer;
import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.Writes;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Comments as callers read them, as committed, outside any transaction, one statement per read: pages of threads,
 * more replies of a thread, one comment, the moderation queue, and the response of a write. What each caller sees of
 * a comment is {@link DiscussionActor#canSee}'s decision: the comment itself, or a placeholder without author and text.
 */
@ApplicationScoped
public class CommentViews {

    private final Comments comments;
    private final Discussions discussions;
    private final CommentQueries queries;
    private final Writes writes;
    private final CallerResolver callers;
    private final int repliesInline;

    public CommentViews(Comments comments, Discussions discussions, CommentQueries queries, Writes writes,
            CallerResolver callers, OtklikConfig config) {
        this.comments = comments;
        this.discussions = discussions;
        this.queries = queries;
        this.writes = writes;
        this.callers = callers;
        this.repliesInline = config.discussions().repliesInline();
    }

    /** Threads of a discussion: top-level comments in the order asked for, each with its first replies. */
    public Uni<Page<CommentView>> page(long discussionId, CommentOrder request, PageRequest page) {
        Order order = Order.of(request.orderOrDefault());
        int replies = request.replies == null ? repliesInline : request.replies;
        return actor().chain(actor -> queries.page(discussionId, order, replies, page, viewer(actor)).map(threads -> {
            if (threads == null) {
                throw discussions.notFound(discussionId);
            }
            Instant now = Instant.now();
            Map<Long, List<Stored>> byThread = byThread(threads);
            List<Stored> roots = new ArrayList<>(threads.roots());
            roots.sort(comparator(order));
            Page<Stored> rootPage = Page.fromRows(roots, page.limit, last -> order.cursor(last.comment()));
            List<CommentView> items = rootPage.items().stream().map(root -> {
                List<Stored> thread = byThread.getOrDefault(root.comment().id, List.of());
                String more = thread.size() > replies ? CommentQueries.repliesCursor(root.comment().id,
                        replies == 0 ? 0 : thread.get(replies - 1).comment().id) : null;
                List<CommentView> shown = thread.stream().limit(replies).map(reply -> view(reply, actor, now)).toList();
                return view(root, actor, now).withReplies(shown, more);
            }).toList();
            return new Page<>(items, rootPage.nextCursor());
        }));
    }

    /** Further replies of a thread, oldest first; 404 when the top-level comment is not there for the caller. */
    public Uni<Page<CommentView>> replies(long discussionId, long rootId, PageRequest page) {
        return actor().chain(actor -> queries.replies(discussionId, rootId, page, viewer(actor)).map(threads -> {
            Comment root = threads == null ? null : threads.roots().get(0).comment();
            if (root == null || root.publishedAt == null && !actor.canSee(root)) {
                throw comments.notFound(rootId);
            }
            Instant now = Instant.now();
            List<Stored> replies = new ArrayList<>(threads.replies());
            replies.sort(Comparator.comparing(stored -> stored.comment().id));
            Page<Stored> rows = Page.fromRows(replies, page.limit,
                    last -> CommentQueries.repliesCursor(rootId, last.comment().id));
            return new Page<>(rows.items().stream().map(reply -> view(reply, actor, now)).toList(), rows.nextCursor());
        }));
    }

    /** One comment; 404 to whoever may not see it (hidden and pending ones are their author's and moderators'). */
    public Uni<CommentView> get(long discussionId, long id) {
        return actor().chain(actor -> queries.find(discussionId, id, actor.oid()).map(stored -> {
            if (stored == null || !actor.canSee(stored.comment())) {
                throw comments.notFound(id);
            }
            return view(stored, actor, Instant.now());
        }));
    }

    /** Pending comments, oldest first: everything for moderators, their organisations' for administrators. */
    public Uni<Page<CommentView>> queue(QueueFilter filter, PageRequest page) {
        return actor().chain(actor -> {
            List<Long> organisations;
            if (actor.platformModerator()) {
                organisations = filter.organisation == null ? null : List.of(filter.organisation);
            } else if (!actor.administered().isEmpty()
                    && (filter.organisation == null || actor.administered().contains(filter.organisation))) {
                organisations = filter.organisation == null ? actor.administered() : List.of(filter.organisation);
            } else {
                throw new ApiException(ProblemType.FORBIDDEN, "comment.queue.forbidden");
            }
            return queries.queue(organisations, filter.discussion, page).map(rows -> {
                Instant now = Instant.now();
                Page<Stored> stored = Page.fromRows(rows, page.limit, last -> CommentQueries.queueCursor(last.comment()));
                return new Page<>(stored.items().stream().map(row -> view(row, actor, now)).toList(), stored.nextCursor());
            });
        });
    }

    /**
     * The response of a write, after its commit: the comment as the caller sees it now; a replay shows nothing to
     * whoever may no longer see it.
     */
    public Uni<CommentView> afterWrite(Outcome outcome, DiscussionActor actor) {
        return queries.find(null, outcome.resourceId(), actor.oid()).map(stored -> stored == null
                || outcome.replayed() && !actor.canSee(stored.comment()) ? null : view(stored, actor, Instant.now()));
    }

    private CommentView view(Stored stored, DiscussionActor actor, Instant now) {
        Comment comment = stored.comment();
        boolean shown = actor.canSee(comment) && comment.status != CommentStatus.DELETED;
        boolean moderates = actor.moderates(comment.organisationId);
        return new CommentView(
                comment.id,
                comment.discussionId,
                comment.parentId,
                comment.replyToId,
                comment.depth,
                comment.status,
                shown ? comment.authorName : null,
                comment.official,
                actor.wrote(comment),
                shown ? comment.text : null,
                comment.createdAt,
                comment.editedAt != null,
                comment.editedAt,
                shown ? comment.likes : 0,
                shown ? comment.dislikes : 0,
                shown ? stored.myReaction() : null,
                comment.status == CommentStatus.HIDDEN && (moderates || actor.wrote(comment)) ? comment.hideReason : null,
                moderates ? comment.holdReason : null,
                actor.canSee(comment) ? writes.allowedActions(comments, actor, comment, now) : List.of(),
                comment.version,
                null,
                null);
    }

    private Uni<DiscussionActor> actor() {
        return discussions.actor(callers.current());
    }

    private static Viewer viewer(DiscussionActor actor) {
        return new Viewer(actor.oid(), actor.platformModerator(), actor.administered());
    }

    private static Map<Long, List<Stored>> byThread(Threads threads) {
        Map<Long, List<Stored>> byThread = new HashMap<>();
        for (Stored reply : threads.replies()) {
            byThread.computeIfAbsent(reply.comment().rootId, root -> new ArrayList<>()).add(reply);
        }
        byThread.values().forEach(list -> list.sort(Comparator.comparing(stored -> stored.comment().id)));
        return byThread;
    }

    private static Comparator<Stored> comparator(Order order) {
        Comparator<Stored> byId = Comparator.comparing(stored -> stored.comment().id);
        return switch (order) {
            case NEWEST -> byId.reversed();
            case OLDEST -> byId;
            case TOP -> Comparator.<Stored>comparingInt(stored -> stored.comment().likes - stored.comment().dislikes)
                    .reversed().thenComparing(byId.reversed());
        };
    }
}
