package ru.otklik.discussions;

/** Why a moderator hid a comment: shown to its author and to moderators. */
public enum HideReason {
    OBSCENE,
    INSULT,
    SPAM,
    OFF_TOPIC,
    PERSONAL_DATA,
    ILLEGAL,
    OTHER
}
