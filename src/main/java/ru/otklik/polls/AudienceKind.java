package ru.otklik.polls;

/** Who may vote, by the OKTMO of their registration address. */
public enum AudienceKind {
    /** The whole region of the owning organisation. */
    REGION,
    /** Addresses under one of a list of OKTMO prefixes. */
    OKTMO
}
