package ru.otklik.shared.events;

import java.time.Instant;
import java.util.Map;

/** One step of an aggregate's history as the outbox keeps it; each feature shows it in its own terms. */
public record JournalEntry(
        long id,
        Instant at,
        String type,
        String action,
        String actorRole,
        String actorOid,
        Long actorOrganisationId,
        String fromStatus,
        String toStatus,
        String reason,
        Map<String, Object> details) {
}
