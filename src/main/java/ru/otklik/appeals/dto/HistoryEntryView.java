package ru.otklik.appeals.dto;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;

@Schema(name = "HistoryEntry", description = "One step: who (by role and oid), when, from which status to which, and why",
        requiredProperties = { "id", "at", "action", "actorRole", "toStatus" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntryView(
        @Schema(example = "41") long id,
        Instant at,
        AppealAction action,
        @Schema(example = "OFFICIAL") String actorRole,
        @Schema(example = "1000100010") String actorOid,
        @Schema(description = "The organisation the actor acted for", example = "12") Long organisationId,
        AppealStatus fromStatus,
        AppealStatus toStatus,
        @Schema(example = "Дорога в ведении области") String reason,
        @Schema(description = "What else the step changed, by name", example = "{\"dueDate\": \"2026-03-19\"}") Map<String, Object> details) {
}
