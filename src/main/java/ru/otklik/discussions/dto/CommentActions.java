package ru.otklik.discussions.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.HideReason;

/** Bodies of the actions {@code POST /api/v1/comments/{id}/<action>}. */
public final class CommentActions {

    private CommentActions() {
    }

    @Schema(name = "CommentDecision")
    public enum Decision {
        /** A pending comment becomes visible. */
        APPROVE,
        /** A pending or visible comment is hidden, with a reason. */
        HIDE,
        /** A hidden comment becomes visible again. */
        RESTORE
    }

    @Schema(name = "ModerateCommentAction", description = "APPROVE a pending comment, HIDE a pending or visible one with a reason, RESTORE a hidden one")
    public record Moderate(
            @NotNull Decision decision,
            @Schema(description = "HIDE only: shown to the author") HideReason reason) {
    }

    @Schema(name = "EditCommentAction", description = "By its author, within 15 minutes of posting")
    public record Edit(@NotBlank @Size(max = 3000) @Schema(example = "Предлагаю добавить в сквер велопарковку у входа с ул. Ленина") String text) {
        public Edit {
            text = text == null ? null : text.strip();
        }
    }
}
