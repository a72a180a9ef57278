package ru.otklik.discussions.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.ModerationMode;

@Schema(name = "DiscussionSummary", description = "A line of the discussion list; the organisation's name comes from the directory")
public record DiscussionSummary(
        long id,
        long organisationId,
        String title,
        @Schema(description = "The first 300 characters of the body") String excerpt,
        DiscussionStatus status,
        ModerationMode moderation,
        boolean trustedOnly,
        Instant openUntil,
        Instant createdAt,
        @Schema(description = "Top-level comments that have a reply of the organisation") long officiallyAnswered) {
}
