package ru.otklik.discussions;

/** When comments are moderated. */
public enum ModerationMode {
    /** A comment waits for approval before others see it. */
    PRE,
    /** A comment is visible at once and may be hidden afterwards (unless it is held for its words). */
    POST
}
