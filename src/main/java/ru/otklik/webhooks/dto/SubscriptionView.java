package ru.otklik.webhooks.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.shared.action.Versioned;
import ru.otklik.webhooks.DisabledReason;
import ru.otklik.webhooks.SubscriptionStatus;

@Schema(name = "WebhookSubscription", description = "A partner's webhook subscription and its health")
public record SubscriptionView(
        long id,
        long partnerId,
        String url,
        List<String> eventTypes,
        List<Long> organisationIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) String description,
        SubscriptionStatus status,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Why it is DISABLED") DisabledReason disabledReason,
        @Schema(description = "Deliveries that died one after another; at the configured limit the subscription is disabled") int consecutiveDeadDeliveries,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Until when the previous secret also signs, after a rotation") Instant previousSecretValidUntil,
        Instant createdAt,
        Instant updatedAt,
        int version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret (whsec_…): shown once, when it is made (creation, rotation)", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) implements Versioned {

    public SubscriptionView withSecret(String shownOnce) {
        return new SubscriptionView(id, partnerId, url, eventTypes, organisationIds, description, status, disabledReason,
                consecutiveDeadDeliveries, previousSecretValidUntil, createdAt, updatedAt, version, shownOnce);
    }
}
