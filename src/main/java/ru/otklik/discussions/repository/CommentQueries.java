package ru.otklik.discussions.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.ReactionKind;
import ru.otklik.discussions.dto.ReactionView;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;

/**
 * The read side of comments, outside any transaction, one statement each: a page of threads (top-level comments in
 * keyset order, each with its first replies through a lateral join, whatever the size of the threads), more replies
 * of one thread, one comment, the moderation queue, and a comment's reactions.
 */
@ApplicationScoped
public class CommentQueries {

    /**
     * Who sees a comment in a list: everything ever published (itself, or a placeholder once hidden, back in
     * moderation or deleted) to everyone; the rest to its author and its moderators. What is shown of each is
     * {@code DiscussionActor.canSee}'s decision.
     */
    public record Viewer(String oid, boolean moderator, List<Long> administered) {

        String condition(List<Object> params) {
            if (moderator) {
                return "true";
            }
            StringBuilder any = new StringBuilder("(c.published_at is not null");
            if (oid != null) {
                params.add(oid);
                any.append(" or c.author_oid = $").append(params.size());
            }
            if (!administered.isEmpty()) {
                params.add(administered.toArray(Long[]::new));
                any.append(" or c.organisation_id = any($").append(params.size()).append(")");
            }
            return any.append(")").toString();
        }
    }

    /** A comment as committed (with the state of its discussion), and the caller's reaction to it. */
    public record Stored(Comment comment, ReactionKind myReaction) {
    }

    /** Top-level comments of a page in its order (one more than asked for when there is a next page), and replies. */
    public record Threads(List<Stored> roots, List<Stored> replies) {
    }

    /** How a page orders its threads: its cursor tag, ORDER BY and keyset condition on {@code c}. */
    public enum Order {
        NEWEST("n", "c.id desc"),
        OLDEST("o", "c.id"),
        TOP("t", "c.score desc, c.id desc");

        final String tag;
        final String sql;

        Order(String tag, String sql) {
            this.tag = tag;
            this.sql = sql;
        }

        public static Order of(String name) {
            return valueOf(name.toUpperCase(java.util.Locale.ROOT));
        }

        /** The cursor after this top-level comment. */
        public String cursor(Comment last) {
            return this == TOP ? Cursor.encode(tag, last.likes - last.dislikes, last.id) : Cursor.encode(tag, last.id);
        }

        String after(String cursor, List<Object> params) {
            if (this == TOP) {
                List<String> key = Cursor.decode(cursor, tag, 2);
                params.add((int) Cursor.longPart(key.get(0)));
                params.add(Cursor.longPart(key.get(1)));
                return "(c.score, c.id) < ($" + (params.size() - 1) + ", $" + params.size() + ")";
            }
            params.add(Cursor.longPart(Cursor.decode(cursor, tag, 1).get(0)));
            return "c.id " + (this == NEWEST ? "<" : ">") + " $" + params.size();
        }
    }

    private static final String REPLIES = "r";

    private final Pool pool;

    public CommentQueries(Pool pool) {
        this.pool = pool;
    }

    /** A page of threads; null when there is no such discussion. */
    public Uni<Threads> page(long discussionId, Order order, int replies, PageRequest page, Viewer viewer) {
        Statement statement = pageStatement(discussionId, order, replies, page, viewer);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> threads(rows));
    }

    /** The SQL and parameters of one statement; package-visible so that tests can check its query plans. */
    record Statement(String sql, List<Object> params) {
    }

    Statement pageStatement(long discussionId, Order order, int replies, PageRequest page, Viewer viewer) {
        List<Object> params = new ArrayList<>();
        params.add(discussionId);
        String visible = viewer.condition(params);
        String keyset = page.cursor == null ? "" : " and " + order.after(page.cursor, params);
        params.add(page.limit + 1);
        int limit = params.size();
        params.add(replies + 1);
        int repliesLimit = params.size();
        String sql = """
                with roots as (
                    select %1$s from discussion_comment c
                    where c.discussion_id = $1 and c.depth = 0 and %2$s%3$s
                    order by %4$s limit $%5$d)
                select d.status as discussion_status, d.open_until as discussion_open_until, p.*, %6$s
                from discussion d
                left join lateral (
                    select 1 as part, roots.* from roots
                    union all
                    select 2 as part, x.* from roots cross join lateral (
                        select %1$s from discussion_comment c
                        where c.root_id = roots.id and %2$s
                        order by c.id limit $%7$d) x
                ) p on true
                %8$s
                where d.id = $1""".formatted(CommentRows.COLUMNS, visible, keyset, order.sql, limit,
                myReaction(viewer), repliesLimit, reactionJoin("p", viewer.oid(), params));
        return new Statement(sql, params);
    }

    /** Replies of a thread after the cursor (oldest first), with the top-level comment first; null when none. */
    public Uni<Threads> replies(long discussionId, long rootId, PageRequest page, Viewer viewer) {
        List<Object> params = new ArrayList<>();
        params.add(rootId);
        params.add(discussionId);
        String visible = viewer.condition(params);
        String keyset = "";
        if (page.cursor != null) {
            List<String> key = Cursor.decode(page.cursor, REPLIES, 2);
            if (Cursor.longPart(key.get(0)) != rootId) {
                throw ApiException.invalid("cursor", "paging.cursor.invalid");
            }
            params.add(Cursor.longPart(key.get(1)));
            keyset = " and c.id > $" + params.size();
        }
        params.add(page.limit + 1);
        String sql = """
                select d.status as discussion_status, d.open_until as discussion_open_until, p.*, %1$s
                from discussion_comment t
                join discussion d on d.id = t.discussion_id
                cross join lateral (
                    select 1 as part, %2$s from discussion_comment c where c.id = t.id
                    union all
                    (select 2 as part, %2$s from discussion_comment c
                     where c.root_id = t.id and %3$s%4$s order by c.id limit $%5$d)
                ) p
                %6$s
                where t.id = $1 and t.discussion_id = $2 and t.depth = 0""".formatted(myReaction(viewer),
                CommentRows.COLUMNS, visible, keyset, params.size(), reactionJoin("p", viewer.oid(), params));
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            Threads threads = threads(rows);
            return threads == null || threads.roots().isEmpty() ? null : threads;
        });
    }

    /** The cursor of the replies of a thread after this reply (0: from the first). */
    public static String repliesCursor(long rootId, long afterId) {
        return Cursor.encode(REPLIES, rootId, afterId);
    }

    /** One comment as committed, in this discussion when one is named; null when there is none. */
    public Uni<Stored> find(Long discussionId, long id, String callerOid) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        String inDiscussion = "";
        if (discussionId != null) {
            params.add(discussionId);
            inDiscussion = " and c.discussion_id = $2";
        }
        String sql = "select d.status as discussion_status, d.open_until as discussion_open_until, %s, %s "
                .formatted(CommentRows.COLUMNS, myReaction(callerOid))
                + "from discussion_comment c join discussion d on d.id = c.discussion_id "
                + reactionJoin("c", callerOid, params) + " where c.id = $1" + inDiscussion;
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            if (!rows.iterator().hasNext()) {
                return null;
            }
            Row row = rows.iterator().next();
            return CommentRows.stored(row, CommentRows.discussion(row));
        });
    }

    /** Pending comments, oldest first: of these organisations (null: all), of one discussion if named. */
    public Uni<List<Stored>> queue(List<Long> organisations, Long discussionId, PageRequest page) {
        Statement statement = queueStatement(organisations, discussionId, page);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<Stored> stored = new ArrayList<>();
            rows.forEach(row -> stored.add(CommentRows.stored(row, CommentRows.discussion(row))));
            return stored;
        });
    }

    Statement queueStatement(List<Long> organisations, Long discussionId, PageRequest page) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>(List.of("c.status = 'PENDING'"));
        if (organisations != null && organisations.size() == 1) {
            params.add(organisations.get(0));
            where.add("c.organisation_id = $" + params.size());
        } else if (organisations != null) {
            params.add(organisations.toArray(Long[]::new));
            where.add("c.organisation_id = any($" + params.size() + ")");
        }
        if (discussionId != null) {
            params.add(discussionId);
            where.add("c.discussion_id = $" + params.size());
        }
        if (page.cursor != null) {
            params.add(Cursor.longPart(Cursor.decode(page.cursor, "q", 1).get(0)));
            where.add("c.id > $" + params.size());
        }
        params.add(page.limit + 1);
        String sql = "select d.status as discussion_status, d.open_until as discussion_open_until, " + CommentRows.COLUMNS
                + ", null::text as my_reaction from discussion_comment c join discussion d on d.id = c.discussion_id where "
                + String.join(" and ", where) + " order by c.id limit $" + params.size();
        return new Statement(sql, params);
    }

    public static String queueCursor(Comment last) {
        return Cursor.encode("q", last.id);
    }

    /** The comment's counts and the caller's reaction, as committed now; null when there is no such comment. */
    public Uni<ReactionView> reactions(long commentId, String callerOid) {
        return pool.preparedQuery("""
                select c.likes, c.dislikes,
                       (select r.kind from comment_reaction r where r.comment_id = c.id and r.person_oid = $2) as mine
                from discussion_comment c where c.id = $1""")
                .execute(Tuple.of(commentId, callerOid))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    String mine = row.getString("mine");
                    return new ReactionView(commentId, row.getInteger("likes"), row.getInteger("dislikes"),
                            mine == null ? null : ReactionKind.valueOf(mine));
                });
    }

    private static Threads threads(RowSet<Row> rows) {
        if (!rows.iterator().hasNext()) {
            return null;
        }
        List<Stored> roots = new ArrayList<>();
        List<Stored> replies = new ArrayList<>();
        Discussion discussion = null;
        for (Row row : rows) {
            if (row.getLong("id") == null) {
                continue;
            }
            if (discussion == null) {
                discussion = CommentRows.discussion(row);
            }
            (row.getInteger("part") == 1 ? roots : replies).add(CommentRows.stored(row, discussion));
        }
        return new Threads(roots, replies);
    }

    private static String myReaction(Viewer viewer) {
        return myReaction(viewer.oid());
    }

    private static String myReaction(String callerOid) {
        return callerOid == null ? "null::text as my_reaction" : "mr.kind as my_reaction";
    }

    /** The caller's reaction to each comment {@code alias} (none for an anonymous reader). */
    private static String reactionJoin(String alias, String callerOid, List<Object> params) {
        if (callerOid == null) {
            return "";
        }
        params.add(callerOid);
        return "left join comment_reaction mr on mr.comment_id = " + alias + ".id and mr.person_oid = $" + params.size();
    }
}
