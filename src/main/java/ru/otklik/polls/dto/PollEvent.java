package ru.otklik.polls.dto;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.quarkus.runtime.annotations.RegisterForReflection;
import ru.otklik.polls.Poll;
import ru.otklik.polls.PollStatus;

/** The payload of every {@code poll.*} event: a poll's public facts, never who voted or how. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@RegisterForReflection
public record PollEvent(
        long pollId,
        long organisationId,
        String title,
        PollStatus status,
        Instant startsAt,
        Instant endsAt,
        Instant closedAt) {

    public static PollEvent of(Poll poll) {
        return new PollEvent(poll.id, poll.organisationId, poll.title, poll.status, poll.startsAt, poll.endsAt, poll.closedAt);
    }
}
