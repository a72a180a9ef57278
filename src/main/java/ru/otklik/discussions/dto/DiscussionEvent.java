package ru.otklik.discussions.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.ModerationMode;

/** The payload of every {@code discussion.*} event: the organisation's public facts, nobody's personal data. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DiscussionEvent(
        long discussionId,
        long organisationId,
        String title,
        DiscussionStatus status,
        ModerationMode moderation,
        Instant openUntil) {

    public static DiscussionEvent of(Discussion discussion) {
        return new DiscussionEvent(discussion.id, discussion.organisationId, discussion.title, discussion.status,
                discussion.moderation, discussion.openUntil);
    }
}
