package ru.otklik.stats.dto;

/** Which figures a caller gets. */
public enum StatsAccess {
    /** Anyone: aggregates only; a small group that pins a single organisation is suppressed. */
    PUBLIC,
    /** Officials: full figures of the subtrees of the organisations they act for, and nothing else. */
    OWN_ORGANISATIONS,
    /** Moderators and administrators: full figures of everything. */
    EVERYTHING
}
