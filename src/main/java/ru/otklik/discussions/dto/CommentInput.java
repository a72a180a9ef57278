package ru.otklik.discussions.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CommentInput")
public record CommentInput(
        @NotBlank @Size(max = 3000) @Schema(example = "Предлагаю добавить в сквер велопарковку у входа") String text,
        @Positive @Schema(description = "The comment this one answers; none for a top-level comment", example = "21") Long parentId,
        @Schema(description = "Reply as the organisation (its officials only, to a comment): marked official, signed with its short name")
        boolean asOrganisation) {

    public CommentInput {
        text = text == null ? null : text.strip();
    }
}
