package ru.otklik.discussions;

/** Why a comment waits for a moderator although the discussion is post-moderated: for moderators only. */
public enum HoldReason {
    /** Its text contains a word of the obscene-word list. */
    OBSCENE_WORDS
}
