package ru.otklik.discussions.dto;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReactionInput")
public record ReactionInput(@NotNull @Schema(description = "NONE removes the caller's reaction") Choice reaction) {

    @Schema(name = "ReactionChoice")
    public enum Choice {
        LIKE,
        DISLIKE,
        NONE
    }
}
