package ru.otklik.polls.dto;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.PollStatus;
import ru.otklik.polls.QuestionKind;

/**
 * A poll's results, all read in one statement (one snapshot): participants equal the ballots counted. Shares are
 * percentages with one decimal that add up to exactly 100.0 per question (largest remainder method; 0.0 everywhere
 * while nobody answered).
 */
@Schema(name = "PollResults", requiredProperties = { "pollId", "status", "participants", "readAt", "questions" })
public record PollResultsView(
        @Schema(example = "14") long pollId,
        PollStatus status,
        @Schema(description = "Ballots counted", example = "1250") long participants,
        @Schema(description = "When the snapshot was read") Instant readAt,
        List<QuestionResult> questions) {

    @Schema(name = "QuestionResult", requiredProperties = { "id", "kind", "text", "respondents" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(
            @Schema(example = "1") int id,
            QuestionKind kind,
            @Schema(example = "Какой сквер благоустроить?") String text,
            @Schema(description = "Ballots that answered this question", example = "1250") long respondents,
            @Schema(description = "MULTIPLE: options chosen in all (the base of its shares)", example = "2710") Long choices,
            @Schema(description = "SINGLE, MULTIPLE") List<OptionResult> options,
            @Schema(description = "SCALE: every value of the scale with its count") List<ValueResult> distribution,
            @Schema(description = "SCALE: rounded to 2 decimals", example = "3.70") BigDecimal mean,
            @Schema(description = "SCALE: with an even number of answers, the mean of the two middle values", example = "4.0") BigDecimal median,
            @Schema(description = "TEXT, owning organisation only: answers in random order, without authors (at most otklik.polls.text-answers-shown; all in the CSV)",
                    example = "[\"Больше фонарей вдоль дорожек\", \"Поставить урны у каждой скамейки\"]") List<String> answers) {
    }

    @Schema(name = "OptionResult", requiredProperties = { "id", "text", "count", "share" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OptionResult(
            @Schema(example = "1") int id,
            @Schema(example = "Сквер Кирова") String text,
            @Schema(example = "834") long count,
            @Schema(description = "SINGLE: of the respondents; MULTIPLE: of all choices. Adds up to 100.0", example = "66.7") BigDecimal share,
            @Schema(description = "MULTIPLE: of the respondents who chose it (does not add up to 100)", example = "66.7") BigDecimal respondentShare) {
    }

    @Schema(name = "ScaleValueResult", requiredProperties = { "value", "count", "share" })
    public record ValueResult(@Schema(example = "4") int value, @Schema(example = "354") long count,
            @Schema(description = "Of the respondents; adds up to 100.0", example = "30.0") BigDecimal share) {
    }
}
