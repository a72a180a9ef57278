package ru.otklik.discussions.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.ReactionKind;

@Schema(name = "Reactions", description = "A comment's reactions after the caller's change", requiredProperties = { "commentId", "likes", "dislikes" })
public record ReactionView(@Schema(example = "22") long commentId, @Schema(example = "4") int likes, @Schema(example = "1") int dislikes,
        @Schema(description = "Null: none") ReactionKind myReaction) {
}
