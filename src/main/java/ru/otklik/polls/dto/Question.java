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
@Schema(name = "Question")
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Question(
        @Schema(example = "1") int id,
        QuestionKind kind,
        String text,
        boolean required,
        List<Option> options,
        Integer minChoices,
        Integer maxChoices,
        Integer scaleMin,
        Integer scaleMax,
        String minLabel,
        String maxLabel,
        Integer maxLength) {

    @Schema(name = "QuestionOption")
    public record Option(@Schema(example = "1") int id, String text) {
    }

    public boolean hasOption(int optionId) {
        return options != null && optionId >= 1 && optionId <= options.size();
    }
}
