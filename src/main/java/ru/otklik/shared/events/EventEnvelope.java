package ru.otklik.shared.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The event as webhooks and live streams send it: the outbox's public part, never who it belongs to or who did it.
 * The payload is the record the change serialised (see the catalogue in the README), embedded as it is.
 */
@RegisterForReflection
@Schema(name = "Event", description = "An event of the outbox as webhooks and live streams send it")
public record EventEnvelope(
        @Schema(description = "The event's id: the same in every delivery and on every stream (an idempotency key)", example = "1042") long id,
        @Schema(example = "appeal.answered") String type,
        Instant occurredAt,
        Aggregate aggregate,
        @Schema(description = "The organisation whose officials and partners hear of it; null while none may") Long organisationId,
        @JsonRawValue @Schema(description = "The type's payload record, e.g. AppealEvent") String payload) {

    @RegisterForReflection
    @Schema(name = "EventAggregate")
    public record Aggregate(@Schema(example = "appeal") String kind, @Schema(example = "17") long id) {
    }
}
