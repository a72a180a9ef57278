package ru.otklik.polls;

/**
 * <pre>
 * DRAFT ──publish──▶ PUBLISHED ──close (early)──▶ CLOSED
 *   └─ edit (stays)        └──── its end passes ────▶ CLOSED (read so at once; recorded by the sweeper: expire)
 * </pre>
 */
public enum PollStatus {
    DRAFT,
    PUBLISHED,
    CLOSED
}
