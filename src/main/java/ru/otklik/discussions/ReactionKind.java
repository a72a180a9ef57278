package ru.otklik.discussions;

public enum ReactionKind {
    LIKE,
    DISLIKE
}
