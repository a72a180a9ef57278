package ru.otklik.appeals;

/**
 * <pre>
 * SUBMITTED ──moderate──▶ REGISTERED ──take──▶ IN_PROGRESS ──answer──▶ ANSWERED ──rate──▶ CLOSED
 *     │                       │  ▲                  │  ▲                  │
 *     └──moderate──▶ REJECTED │  └──redirect──┐     │  └──────reopen──────┘ (once, within 30 days)
 *                             └──redirect──▶ REDIRECTED ──take──▶ IN_PROGRESS
 * withdraw (author, before the answer): SUBMITTED | REGISTERED | REDIRECTED | IN_PROGRESS ──▶ WITHDRAWN
 * extend (once): REGISTERED | REDIRECTED | IN_PROGRESS, status unchanged
 * recalculate (the platform, a provisional deadline on a replaced calendar year): the same, status unchanged
 * </pre>
 */
public enum AppealStatus {
    SUBMITTED,
    REJECTED,
    REGISTERED,
    IN_PROGRESS,
    REDIRECTED,
    ANSWERED,
    CLOSED,
    WITHDRAWN
}
