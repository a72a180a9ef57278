package ru.otklik.appeals.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.RejectionReason;

/** Bodies of the lifecycle actions {@code POST /api/v1/appeals/{id}/<action>}. */
public final class Actions {

    private Actions() {
    }

    @Schema(name = "AppealDecision")
    public enum Decision {
        APPROVE,
        REJECT
    }

    @Schema(name = "ModerateAction", description = "APPROVE registers the appeal and starts its deadline; REJECT needs a reason")
    public record Moderate(
            @NotNull Decision decision,
            @Schema(description = "REJECT only") RejectionReason reason,
            @Positive @Schema(description = "DUPLICATE only: id of the original appeal", example = "117") Long duplicateOf,
            @Size(max = 1000) @Schema(example = "Повторяет обращение 38-2026-000117") String comment) {
    }

    @Schema(name = "AnswerAction")
    public record Answer(
            @NotBlank @Size(min = 10, max = 10000) @Schema(example = "Яма включена в план ямочного ремонта и будет устранена до 15 июня.") String text) {
        public Answer {
            text = text == null ? null : text.strip();
        }
    }

    @Schema(name = "RedirectAction", description = "To another connected organisation; the deadline does not restart")
    public record Redirect(
            @NotNull @Positive @Schema(example = "13") Long organisationId,
            @NotBlank @Size(max = 1000) @Schema(example = "Дорога в ведении области") String reason) {
    }

    @Schema(name = "ExtendAction", description = "Once per appeal, by at most the category's deadline")
    public record Extend(
            @NotNull @Min(1) @Max(60) @Schema(description = "Working days", example = "10") Integer days,
            @NotBlank @Size(max = 1000) @Schema(example = "Нужен выезд на место") String reason) {
    }

    @Schema(name = "WithdrawAction")
    public record Withdraw(@Size(max = 1000) @Schema(example = "Проблема решена") String reason) {
    }

    @Schema(name = "RateAction")
    public record Rate(
            @NotNull @Min(1) @Max(5) @Schema(example = "5") Integer rating,
            @Size(max = 1000) @Schema(example = "Спасибо, яму заделали быстро") String comment) {
    }

    @Schema(name = "ReopenAction", description = "Once, within 30 days of the answer: re-examination with a new deadline")
    public record Reopen(@NotBlank @Size(max = 1000) @Schema(example = "Яму засыпали щебнем, через неделю она снова появилась") String reason) {
    }
}
