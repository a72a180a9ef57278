package ru.otklik.shared.events;

import java.time.Instant;

/**
 * An event as the outbox's followers read it: where it stands in commit order, who may hear of it (the organisation
 * and the person it belongs to, never shown to receivers) and its public part. The payload is the JSON the change
 * wrote, as it is.
 */
public record PublishedEvent(
        OutboxPosition position,
        long id,
        String type,
        Instant occurredAt,
        String aggregateKind,
        long aggregateId,
        Long organisationId,
        String subjectOid,
        String payload) {

    /** What a receiver gets: the public part only. */
    public EventEnvelope envelope() {
        return new EventEnvelope(id, type, occurredAt, new EventEnvelope.Aggregate(aggregateKind, aggregateId),
                organisationId, payload);
    }
}
