package ru.otklik.sync.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One item that changed for the caller: its state after its latest change in this page (the payload of that event,
 * see the Events catalogue), or a tombstone for an item the caller may no longer see (or that was deleted): drop it.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SyncChange", requiredProperties = { "change", "kind", "id", "event", "eventId", "at" })
public record SyncChange(
        @Schema(example = "UPSERT") Kind change,
        @Schema(description = "The item's kind (the event's aggregate)", example = "appeal") String kind,
        @Schema(description = "The item's id", example = "17") long id,
        @Schema(description = "The event of the change", example = "appeal.answered") String event,
        @Schema(description = "The event's id", example = "1042") long eventId,
        @Schema(example = "2026-03-02T10:15:30Z") Instant at,
        @JsonRawValue @Schema(type = SchemaType.OBJECT, description = "The item's state after the change (the event's payload, e.g. AppealEvent); absent in a tombstone")
        String state) {

    public enum Kind {
        /** The item is new or changed: keep this state. */
        UPSERT,
        /** The item is gone for the caller: forget it. */
        TOMBSTONE
    }
}
