package ru.otklik.discussions.dto;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.AudienceKind;
import ru.otklik.discussions.ModerationMode;

@Schema(name = "DiscussionInput", description = "A draft put to public discussion by an official of the organisation")
public record DiscussionInput(
        @NotNull @Positive @Schema(description = "The organisation that owns it; the caller acts for it", example = "16") Long organisationId,
        @NotBlank @Size(min = 5, max = 300) @Schema(example = "Проект благоустройства сквера на ул. Ленина") String title,
        @NotBlank @Size(max = 20000) @Schema(description = "Plain text or a safe subset of Markdown, stored as given, never rendered to HTML by the API",
                example = "Предлагаем обсудить проект: дорожки, освещение, скамейки и площадка для воркаута.") String body,
        @Valid DocumentRef document,
        @Valid @Schema(description = "Who may take part (everyone may read); default: the organisation's region") Audience audience,
        @Schema(description = "Only confirmed (trusted) accounts may comment and react") boolean trustedOnly,
        @NotNull @Schema(description = "PRE: comments wait for approval; POST: visible at once, may be hidden") ModerationMode moderation,
        @Schema(description = "Open until this moment (then it reads as CLOSED); open until closed when absent") Instant openUntil) {

    /** An http(s) address with a host, the scheme in any case (spelled out: JSON Schema's regexes have no (?i)). */
    public static final String URL = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+[^\\s]*$";

    public DiscussionInput {
        title = title == null ? null : title.strip();
    }

    @Schema(name = "DocumentRef", description = "The draft itself, published elsewhere")
    public record DocumentRef(
            @NotBlank @Size(max = 300) @Schema(example = "Проект благоустройства (PDF)") String title,
            @NotBlank @Size(max = 2000) @Pattern(regexp = URL, message = "{otklik.url}") @Schema(example = "https://irkobl.ru/docs/skver.pdf") String url) {
    }

    @Schema(name = "Audience")
    public record Audience(
            @NotNull AudienceKind kind,
            @Size(max = 20) @Schema(description = "OKTMO only: prefixes of 2 to 11 digits", example = "[\"25701\"]")
            List<@NotNull @Size(max = 11, message = "{otklik.oktmo-prefix}") @Pattern(regexp = "[0-9]{2,11}", message = "{otklik.oktmo-prefix}") String> oktmoPrefixes) {
    }
}
