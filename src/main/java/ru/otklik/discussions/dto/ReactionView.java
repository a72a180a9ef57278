package ru.otklik.discussions.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.ReactionKind;

@Schema(name = "Reactions", description = "A comment's reactions after the caller's change")
public record ReactionView(long commentId, int likes, int dislikes, @Schema(description = "Null: none") ReactionKind myReaction) {
}
