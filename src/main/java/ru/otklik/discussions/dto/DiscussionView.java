package ru.otklik.discussions.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.AudienceKind;
import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.ModerationMode;
import ru.otklik.shared.action.Versioned;

@Schema(name = "Discussion", description = "A public discussion, with the actions the caller may take now",
        requiredProperties = { "id", "organisation", "title", "body", "audience", "trustedOnly", "moderation", "status", "createdAt",
                "officiallyAnswered", "allowedActions", "version" })
public record DiscussionView(
        @Schema(example = "4") long id,
        OrganisationRef organisation,
        @Schema(example = "Проект благоустройства сквера на ул. Ленина") String title,
        @Schema(example = "Предлагаем обсудить проект: дорожки, освещение, скамейки и площадка для воркаута.") String body,
        @JsonInclude(JsonInclude.Include.NON_NULL) DiscussionInput.DocumentRef document,
        AudienceView audience,
        boolean trustedOnly,
        ModerationMode moderation,
        @Schema(description = "CLOSED also once openUntil has passed") DiscussionStatus status,
        Instant openUntil,
        Instant createdAt,
        Instant closedAt,
        @Schema(description = "What the organisation concluded when it closed the discussion", example = "Предложения жителей учтены: добавлены урны и освещение") String summary,
        @Schema(description = "Top-level comments that have a reply of the organisation", example = "2") long officiallyAnswered,
        @Schema(description = "Path segments of the actions this caller may take now", example = "[\"close\"]") List<String> allowedActions,
        @Schema(description = "Send as If-Match to act only on this version", example = "1") int version) implements Versioned {

    @Schema(name = "DiscussionOrganisation", requiredProperties = "id")
    public record OrganisationRef(@Schema(example = "16") long id, @Schema(example = "Минэнерго и ЖКХ Иркутской области") String name) {
    }

    @Schema(name = "AudienceView", requiredProperties = { "kind", "oktmoPrefixes" })
    public record AudienceView(AudienceKind kind, @Schema(description = "Residents of places whose OKTMO starts with one of these may take part",
            example = "[\"25701\"]") List<String> oktmoPrefixes) {
    }
}
