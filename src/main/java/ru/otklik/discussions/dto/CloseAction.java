package ru.otklik.discussions.dto;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseDiscussionAction")
public record CloseAction(
        @Size(max = 3000) @Schema(description = "What the organisation concluded", example = "Предложения жителей учтены: добавлены урны и освещение") String summary) {
}
