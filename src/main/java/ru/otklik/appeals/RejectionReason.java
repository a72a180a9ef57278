package ru.otklik.appeals;

public enum RejectionReason {
    OBSCENE,
    SPAM,
    NO_SUBJECT,
    /** The same matter is already appealed: {@code duplicateOf} names the original. */
    DUPLICATE,
    NOT_GOVERNMENT_COMPETENCE
}
