package ru.otklik.discussions.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.ModerationMode;

@Schema(name = "DiscussionSummary", description = "A line of the discussion list; the organisation's name comes from the directory",
        requiredProperties = { "id", "organisationId", "title", "excerpt", "status", "moderation", "trustedOnly", "createdAt",
                "officiallyAnswered" })
public record DiscussionSummary(
        @Schema(example = "4") long id,
        @Schema(example = "16") long organisationId,
        @Schema(example = "Проект благоустройства сквера на ул. Ленина") String title,
        @Schema(description = "The first 300 characters of the body", example = "Предлагаем обсудить проект: дорожки, освещение, скамейки") String excerpt,
        DiscussionStatus status,
        ModerationMode moderation,
        boolean trustedOnly,
        Instant openUntil,
        Instant createdAt,
        @Schema(description = "Top-level comments that have a reply of the organisation", example = "2") long officiallyAnswered) {
}
