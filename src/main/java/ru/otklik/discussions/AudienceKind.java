package ru.otklik.discussions;

/** Who may take part in a discussion (everyone may read it). */
public enum AudienceKind {
    /** Residents of the organisation's region. */
    REGION,
    /** Residents of the places whose OKTMO starts with one of the discussion's prefixes. */
    OKTMO
}
