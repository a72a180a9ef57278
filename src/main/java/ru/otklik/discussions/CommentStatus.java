package ru.otklik.discussions;

/**
 * <pre>
 * post (PRE mode, or held for its words) ──▶ PENDING ──moderate APPROVE──▶ VISIBLE ◀── post (POST mode), official reply
 * PENDING | VISIBLE ──moderate HIDE──▶ HIDDEN ──moderate RESTORE──▶ VISIBLE
 * VISIBLE ──edit (PRE mode, or held for its words)──▶ PENDING
 * PENDING | VISIBLE | HIDDEN ──delete (author)──▶ DELETED (a tombstone)
 * </pre>
 */
public enum CommentStatus {
    PENDING,
    VISIBLE,
    HIDDEN,
    DELETED
}
