package ru.otklik.discussions.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.AudienceKind;
import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.ModerationMode;
import ru.otklik.shared.action.Versioned;

@Schema(name = "Discussion", description = "A public discussion, with the actions the caller may take now")
public record DiscussionView(
        long id,
        OrganisationRef organisation,
        String title,
        String body,
        @JsonInclude(JsonInclude.Include.NON_NULL) DiscussionInput.DocumentRef document,
        AudienceView audience,
        boolean trustedOnly,
        ModerationMode moderation,
        @Schema(description = "CLOSED also once openUntil has passed") DiscussionStatus status,
        Instant openUntil,
        Instant createdAt,
        Instant closedAt,
        @Schema(description = "What the organisation concluded when it closed the discussion") String summary,
        @Schema(description = "Top-level comments that have a reply of the organisation") long officiallyAnswered,
        @Schema(description = "Path segments of the actions this caller may take now", example = "[\"close\"]") List<String> allowedActions,
        @Schema(description = "Send as If-Match to act only on this version") int version) implements Versioned {

    @Schema(name = "DiscussionOrganisation")
    public record OrganisationRef(long id, String name) {
    }

    @Schema(name = "AudienceView")
    public record AudienceView(AudienceKind kind, @Schema(description = "Residents of places whose OKTMO starts with one of these may take part") List<String> oktmoPrefixes) {
    }
}
