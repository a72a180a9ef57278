package ru.otklik.polls;

/** Why a caller may not vote in a poll now: stable codes a client may switch on ({@code whyNot}). */
public enum VoteBarrier {
    /** Anonymous: sign in first. */
    SIGN_IN,
    /** A draft, not started yet, or closed. */
    NOT_OPEN,
    /** One ballot per person per poll, ever. */
    ALREADY_VOTED,
    /** The poll is for confirmed accounts only. */
    NOT_TRUSTED,
    /** The account has no registration address (no {@code oktmo}), so the audience cannot be checked. */
    NO_ADDRESS,
    /** The registration address is outside the poll's audience. */
    OUTSIDE_AUDIENCE
}
