package ru.otklik.discussions.repository;

import java.time.Instant;
import java.time.OffsetDateTime;

import io.vertx.mutiny.sqlclient.Row;
import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.HideReason;
import ru.otklik.discussions.HoldReason;
import ru.otklik.discussions.ReactionKind;

/** The columns every comment statement reads, and a row of them as a comment (with the state of its discussion). */
final class CommentRows {

    static final String COLUMNS = """
            c.id, c.discussion_id, c.organisation_id, c.parent_id, c.reply_to_id, c.root_id, c.depth, c.author_oid,
            c.author_name, c.official, c.text, c.status, c.hold_reason, c.hide_reason, c.created_at, c.published_at,
            c.edited_at, c.likes, c.dislikes, c.score, c.version""";

    private CommentRows() {
    }

    /** The discussion's state as a statement read it alongside its comments (what a comment's rules need). */
    static Discussion discussion(Row row) {
        Discussion discussion = new Discussion();
        discussion.id = row.getLong("discussion_id");
        discussion.status = DiscussionStatus.valueOf(row.getString("discussion_status"));
        discussion.openUntil = instant(row, "discussion_open_until");
        return discussion;
    }

    static CommentQueries.Stored stored(Row row, Discussion discussion) {
        Comment comment = new Comment();
        comment.id = row.getLong("id");
        comment.discussionId = row.getLong("discussion_id");
        comment.discussion = discussion;
        comment.organisationId = row.getLong("organisation_id");
        comment.parentId = row.getLong("parent_id");
        comment.replyToId = row.getLong("reply_to_id");
        comment.rootId = row.getLong("root_id");
        comment.depth = row.getInteger("depth");
        comment.authorOid = row.getString("author_oid");
        comment.authorName = row.getString("author_name");
        comment.official = row.getBoolean("official");
        comment.text = row.getString("text");
        comment.status = CommentStatus.valueOf(row.getString("status"));
        String hold = row.getString("hold_reason");
        comment.holdReason = hold == null ? null : HoldReason.valueOf(hold);
        String hide = row.getString("hide_reason");
        comment.hideReason = hide == null ? null : HideReason.valueOf(hide);
        comment.createdAt = instant(row, "created_at");
        comment.publishedAt = instant(row, "published_at");
        comment.editedAt = instant(row, "edited_at");
        comment.likes = row.getInteger("likes");
        comment.dislikes = row.getInteger("dislikes");
        comment.version = row.getInteger("version");
        String reaction = row.getString("my_reaction");
        return new CommentQueries.Stored(comment, reaction == null ? null : ReactionKind.valueOf(reaction));
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
