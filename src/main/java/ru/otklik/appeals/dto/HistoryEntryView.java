package ru.otklik.appeals.dto;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealAction;
import ru.otklik.appeals.AppealStatus;

@Schema(name = "HistoryEntry", description = "One step: who (by role and oid), when, from which status to which, and why")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HistoryEntryView(
        long id,
        Instant at,
        AppealAction action,
        @Schema(example = "OFFICIAL") String actorRole,
        @Schema(example = "1000100010") String actorOid,
        Long organisationId,
        AppealStatus fromStatus,
        AppealStatus toStatus,
        String reason,
        Map<String, Object> details) {
}
