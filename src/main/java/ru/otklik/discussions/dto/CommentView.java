package ru.otklik.discussions.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.discussions.CommentStatus;
import ru.otklik.discussions.HideReason;
import ru.otklik.discussions.HoldReason;
import ru.otklik.discussions.ReactionKind;
import ru.otklik.shared.action.Versioned;

@Schema(name = "Comment", description = """
        A comment as the caller may see it. A deleted comment, and one published once and now hidden or back in \
        moderation, is a placeholder to others: no author, no text, so that the thread keeps its shape.""",
        requiredProperties = { "id", "discussionId", "depth", "status", "official", "mine", "createdAt", "edited", "likes", "dislikes",
                "allowedActions", "version" })
public record CommentView(
        @Schema(example = "22") long id,
        @Schema(example = "4") long discussionId,
        @Schema(description = "The comment it hangs under in the thread", example = "21") Long parentId,
        @Schema(description = "The comment it answers (differs from parentId below depth 5)", example = "21") Long replyToId,
        @Schema(description = "0 for a top-level comment, at most 5", example = "1") int depth,
        CommentStatus status,
        @Schema(description = "\"Имя Ф.\", or the organisation's short name for an official reply; null in a placeholder", example = "Мария И.") String author,
        @Schema(description = "A reply of the organisation") boolean official,
        @Schema(description = "Written by the caller") boolean mine,
        @Schema(description = "Null in a placeholder", example = "И камеры у моста") String text,
        Instant createdAt,
        @Schema(description = "Edited by its author after posting") boolean edited,
        Instant editedAt,
        @Schema(example = "3") int likes,
        @Schema(example = "0") int dislikes,
        @Schema(description = "The caller's reaction") ReactionKind myReaction,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "To its author and moderators, once hidden") HideReason hideReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "To moderators: why it waits in a post-moderated discussion") HoldReason holdReason,
        @Schema(description = "Path segments of the actions this caller may take now", example = "[\"edit\", \"delete\"]") List<String> allowedActions,
        @Schema(description = "Send as If-Match to act only on this version", example = "1") int version,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Top-level comments in a page: the first replies of the thread, oldest first") List<CommentView> replies,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Top-level comments in a page: the cursor of the thread's further replies, for …/comments/{id}/replies",
                example = "ch8yMR8yMg") String moreReplies) implements Versioned {

    public CommentView withReplies(List<CommentView> threadReplies, String more) {
        return new CommentView(id, discussionId, parentId, replyToId, depth, status, author, official, mine, text,
                createdAt, edited, editedAt, likes, dislikes, myReaction, hideReason, holdReason, allowedActions, version,
                threadReplies, more);
    }
}
