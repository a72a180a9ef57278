package ru.otklik.polls.dto;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.QuestionKind;

/**
 * One question of a poll as its editor writes it; options get their ids (1, 2, ...) by position. Only the fields of
 * its kind may be given: options (SINGLE, MULTIPLE), min/max choices (MULTIPLE: default 1 and the number of
 * options), the scale's ends and their labels (SCALE), the longest answer (TEXT: default 1000).
 */
@Schema(name = "QuestionInput")
public record QuestionInput(
        @NotNull @Schema(example = "SINGLE") QuestionKind kind,
        @NotBlank @Size(max = 500) @Schema(example = "Какой сквер благоустроить?") String text,
        @Schema(description = "Must be answered; default true", defaultValue = "true") Boolean required,
        @Size(max = 20) @Schema(description = "SINGLE, MULTIPLE: 2..20 options", example = "[\"Сквер Кирова\", \"Сквер на ул. Сурикова\"]")
        List<@NotBlank @Size(max = 300) String> options,
        @Min(1) @Max(20) @Schema(description = "MULTIPLE: at least this many options", example = "1") Integer minChoices,
        @Min(1) @Max(20) @Schema(description = "MULTIPLE: at most this many options", example = "3") Integer maxChoices,
        @Min(0) @Max(100) @Schema(description = "SCALE: the lowest value", example = "1") Integer scaleMin,
        @Min(0) @Max(100) @Schema(description = "SCALE: the highest value (2..21 points in all)", example = "5") Integer scaleMax,
        @Size(max = 100) @Schema(description = "SCALE: what the lowest value means", example = "совсем не важно") String minLabel,
        @Size(max = 100) @Schema(description = "SCALE: what the highest value means", example = "очень важно") String maxLabel,
        @Min(1) @Max(5000) @Schema(description = "TEXT: the longest answer in characters", example = "1000") Integer maxLength) {

    public QuestionInput {
        text = text == null ? null : text.strip();
        options = options == null ? null : options.stream().map(o -> o == null ? null : o.strip()).toList();
        minLabel = minLabel == null || minLabel.isBlank() ? null : minLabel.strip();
        maxLabel = maxLabel == null || maxLabel.isBlank() ? null : maxLabel.strip();
    }
}
