package ru.otklik.polls.dto;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;
import ru.otklik.polls.QuestionKind;

/**
 * A question as a poll keeps and shows it: its id is its position (1, 2, ...), as are its options' ids; only the
 * fields of its kind are set. Frozen once the poll is published, so ballots and counts can refer to the ids.
 */
@Schema(name = "Question", requiredProperties = { "id", "kind", "text", "required" })
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(
        @Schema(example = "1") int id,
        QuestionKind kind,
        @Schema(example = "Какой сквер благоустроить?") String text,
        boolean required,
        @Schema(description = "SINGLE, MULTIPLE") List<Option> options,
        @Schema(description = "MULTIPLE", example = "1") Integer minChoices,
        @Schema(description = "MULTIPLE", example = "3") Integer maxChoices,
        @Schema(description = "SCALE", example = "1") Integer scaleMin,
        @Schema(description = "SCALE", example = "5") Integer scaleMax,
        @Schema(description = "SCALE", example = "совсем не важно") String minLabel,
        @Schema(description = "SCALE", example = "очень важно") String maxLabel,
        @Schema(description = "TEXT", example = "1000") Integer maxLength) {

    @Schema(name = "QuestionOption", requiredProperties = { "id", "text" })
    public record Option(@Schema(example = "1") int id, @Schema(example = "Сквер Кирова") String text) {
    }

    public boolean hasOption(int optionId) {
        return options != null && optionId >= 1 && optionId <= options.size();
    }
}
