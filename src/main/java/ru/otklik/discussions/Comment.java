package ru.otklik.discussions;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ru.otklik.shared.action.Stateful;

/**
 * A comment of a discussion, in its thread. Write model: changed only through the write kit. The reaction counters
 * are written by the reaction's own statement under the comment's row lock, never by this entity (so that a
 * moderation never writes back counters it read earlier).
 */
@Entity
@Table(name = "discussion_comment")
public class Comment implements Stateful<CommentStatus> {

    /** Replies nest to this depth; a reply to a comment at this depth joins its depth-5 ancestor's replies. */
    public static final int MAX_DEPTH = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "discussion_id", nullable = false, updatable = false)
    public Long discussionId;

    /**
     * Its discussion where a rule needs it (edits end when it closes): set by whoever reads the comment, never
     * mapped as an association, so that no lazy proxy stands in the way of locking the discussion later.
     */
    @Transient
    public Discussion discussion;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public Long organisationId;

    @Column(name = "parent_id", updatable = false)
    public Long parentId;

    @Column(name = "reply_to_id", updatable = false)
    public Long replyToId;

    @Column(name = "root_id", updatable = false)
    public Long rootId;

    @Column(nullable = false, updatable = false)
    public int depth;

    @Column(name = "author_oid", nullable = false, updatable = false)
    public String authorOid;

    @Column(name = "author_name", nullable = false, updatable = false)
    public String authorName;

    @Column(nullable = false, updatable = false)
    public boolean official;

    public String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "hold_reason")
    public HoldReason holdReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "hide_reason")
    public HideReason hideReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "edited_at")
    public Instant editedAt;

    @Column(insertable = false, updatable = false)
    public int likes;

    @Column(insertable = false, updatable = false)
    public int dislikes;

    @Version
    public int version;

    @Override
    public Long id() {
        return id;
    }

    @Override
    public CommentStatus status() {
        return status;
    }

    @Override
    public void enter(CommentStatus next) {
        status = next;
    }

    @Override
    public int version() {
        return version;
    }

    public boolean topLevel() {
        return depth == 0;
    }
}
