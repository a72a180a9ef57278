package ru.otklik.audit.dto;

import java.time.Instant;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One privileged action of the audit trail: who, what, when, and the fields it changed. */
@Schema(name = "AuditEntry", description = "A privileged action: who (oid), what, when, and the changed fields before and after",
        requiredProperties = { "id", "occurredAt", "actorRole", "action", "objectType", "objectId" })
public record AuditEntryView(
        @Schema(example = "42") long id,
        @Schema(example = "2026-03-02T10:15:30.123Z") Instant occurredAt,
        @Schema(description = "ESIA oid of who acted; null for the platform itself", example = "1000100022") String actorOid,
        @Schema(description = "The role they acted in", example = "ADMIN") String actorRole,
        @Schema(description = "What was done: an event type of the catalogue, or <objectType>.<past tense> for the directory",
                example = "organisation.updated") String action,
        @Schema(description = "organisation, category, routing_rule, partner, webhook, appeal, comment, calendar",
                example = "organisation") String objectType,
        @Schema(description = "The object's id (a calendar's: its year)", example = "2") long objectId,
        @Schema(type = SchemaType.OBJECT, description = "The changed fields before; null for a creation",
                example = "{\"verified\": false}") Map<String, Object> before,
        @Schema(type = SchemaType.OBJECT, description = "The changed fields after; null for a deletion",
                example = "{\"verified\": true}") Map<String, Object> after,
        @Schema(description = "The outbox event the action published, if it published one", example = "1042") Long eventId) {
}
