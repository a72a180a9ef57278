package ru.otklik.discussions;

/**
 * <pre>
 * (open) ──▶ OPEN ──close──▶ CLOSED
 * </pre>
 * A discussion open until a date reads as CLOSED from that moment on ({@link Discussion#statusAt}), without a job.
 */
public enum DiscussionStatus {
    OPEN,
    CLOSED
}
