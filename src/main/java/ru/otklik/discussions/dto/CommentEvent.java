package ru.otklik.discussions.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import ru.otklik.discussions.Comment;
import ru.otklik.discussions.CommentStatus;

/**
 * The payload of every {@code comment.*} event: where the comment is and what state it is in. No text, no author
 * (neither name nor oid): a subscriber reads the comment through the API as whoever it is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CommentEvent(
        long commentId,
        long discussionId,
        long organisationId,
        Long parentId,
        Long rootId,
        int depth,
        CommentStatus status,
        boolean official) {

    public static CommentEvent of(Comment comment) {
        return new CommentEvent(comment.id, comment.discussionId, comment.organisationId, comment.parentId,
                comment.rootId, comment.depth, comment.status, comment.official);
    }
}
