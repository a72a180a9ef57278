package ru.otklik.polls.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.PollStatus;

@Schema(name = "PollSummary", description = "A poll in a list",
        requiredProperties = { "id", "organisationId", "title", "status", "open", "audience", "trustedOnly" })
public record PollSummary(
        @Schema(example = "14") long id,
        @Schema(example = "2") long organisationId,
        @Schema(example = "Какой сквер благоустроить в 2027 году?") String title,
        @Schema(description = "CLOSED as soon as the end has passed") PollStatus status,
        @Schema(description = "Accepting ballots now") boolean open,
        Instant startsAt,
        Instant endsAt,
        Audience audience,
        boolean trustedOnly) {
}
