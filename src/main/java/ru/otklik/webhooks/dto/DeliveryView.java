package ru.otklik.webhooks.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.webhooks.DeliveryStatus;

@Schema(name = "WebhookDelivery", description = "One event sent to one subscription, with every attempt", requiredProperties = { "id",
        "eventId", "eventType", "occurredAt", "status", "replay", "attempts", "createdAt", "attemptLog" })
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryView(
        @Schema(example = "57") long id,
        @Schema(description = "The event's id: the webhook-id header of every attempt", example = "1042") long eventId,
        @Schema(example = "appeal.answered") String eventType,
        Instant occurredAt,
        DeliveryStatus status,
        @Schema(description = "A replay of an event delivered before") boolean replay,
        @Schema(example = "1") int attempts,
        @Schema(description = "PENDING: when the next attempt is due") Instant nextAttemptAt,
        Instant createdAt,
        @Schema(description = "When it succeeded or died") Instant finishedAt,
        List<AttemptView> attemptLog) {

    @Schema(name = "WebhookAttempt", requiredProperties = { "at", "latencyMs", "outcome" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AttemptView(
            Instant at,
            @Schema(description = "The partner's HTTP status; absent when there was no answer", example = "200") Integer statusCode,
            @Schema(description = "What failed without an answer: timeout, connection, address", example = "timeout") String error,
            @Schema(description = "How long the partner took, in milliseconds", example = "87") int latencyMs,
            @Schema(description = "SUCCEEDED, RETRY (tried again later) or DEAD", example = "SUCCEEDED") String outcome) {
    }
}
