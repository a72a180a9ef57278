package ru.otklik.polls.dto;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.ResultsVisibility;

/**
 * Body of {@code POST /api/v1/polls} (a new draft) and {@code PUT /api/v1/polls/{id}} (the draft replaced as a whole).
 * A draft may be incomplete; {@code publish} checks the whole poll. Texts are trimmed before they are checked.
 */
@Schema(name = "PollInput")
public record PollInput(
        @Positive @Schema(description = "The owning organisation; needed only when the caller acts for several. It cannot change.", example = "2") Long organisationId,
        @NotBlank @Size(max = 300) @Schema(example = "Какой сквер благоустроить в 2027 году?") String title,
        @Size(max = 10000) @Schema(example = "Город благоустроит один сквер по программе «Формирование комфортной городской среды».") String description,
        @Size(max = 500) @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "{otklik.url}") @Schema(description = "A link to a cover image", example = "https://example.org/polls/skvery-2027.jpg") String coverUrl,
        @Schema(description = "When voting opens; at publication not more than a minute in the past", example = "2026-12-01T00:00:00Z") Instant startsAt,
        @Schema(description = "When voting ends; after startsAt", example = "2027-01-31T15:00:00Z") Instant endsAt,
        @NotNull @Valid AudienceInput audience,
        @Schema(description = "Only confirmed (trusted) accounts may vote", defaultValue = "false") Boolean trustedOnly,
        @NotNull @Schema(example = "AFTER_VOTE") ResultsVisibility resultsVisibility,
        @NotNull @Size(max = 30) List<@NotNull @Valid QuestionInput> questions) {

    public PollInput {
        title = title == null ? null : title.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        coverUrl = coverUrl == null || coverUrl.isBlank() ? null : coverUrl.strip();
    }

    public boolean onlyTrusted() {
        return Boolean.TRUE.equals(trustedOnly);
    }
}
