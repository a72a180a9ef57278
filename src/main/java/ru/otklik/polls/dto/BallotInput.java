package ru.otklik.polls.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/polls/{id}/ballots}: one answer per answered question, required ones all answered. */
@Schema(name = "BallotInput")
public record BallotInput(@NotNull @Size(max = 30) List<@NotNull @Valid Answer> answers) {

    /** An answer: optionIds (SINGLE: one; MULTIPLE: between the question's min and max), value (SCALE) or text (TEXT). */
    @Schema(name = "BallotAnswer")
    public record Answer(
            @NotNull @Positive @Schema(example = "1") Integer questionId,
            @Size(max = 20) @Schema(example = "[2]") List<@NotNull Integer> optionIds,
            @Schema(description = "SCALE: a whole number within the scale", example = "4") Integer value,
            @Size(max = 5000) @Schema(description = "TEXT: up to the question's maxLength characters", example = "Больше фонарей вдоль дорожек") String text) {

        public Answer {
            text = text == null || text.isBlank() ? null : text.strip();
        }

        /** Nothing in it: an optional question left unanswered. */
        public boolean empty() {
            return (optionIds == null || optionIds.isEmpty()) && value == null && text == null;
        }
    }
}
