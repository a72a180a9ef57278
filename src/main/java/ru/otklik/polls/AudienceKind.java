package ru.otklik.polls;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may vote, by the OKTMO of their registration address. */
@Schema(name = "PollAudienceKind")
public enum AudienceKind {
    /** The whole region of the owning organisation. */
    REGION,
    /** Addresses under one of a list of OKTMO prefixes. */
    OKTMO
}
