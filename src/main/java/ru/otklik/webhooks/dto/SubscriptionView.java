package ru.otklik.webhooks.dto;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.shared.action.Versioned;
import ru.otklik.webhooks.DisabledReason;
import ru.otklik.webhooks.SubscriptionStatus;

@Schema(name = "WebhookSubscription", description = "A partner's webhook subscription and its health", requiredProperties = { "id",
        "partnerId", "url", "eventTypes", "organisationIds", "status", "consecutiveDeadDeliveries", "createdAt", "updatedAt", "version" })
public record SubscriptionView(
        @Schema(example = "1") long id,
        @Schema(example = "1") long partnerId,
        @Schema(example = "https://crm.example.org/otklik/webhooks") String url,
        @Schema(example = "[\"appeal.*\"]") List<String> eventTypes,
        @Schema(description = "Organisations (each with its subordinates) whose events it hears of", example = "[2]") List<Long> organisationIds,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(example = "CRM администрации г. Иркутска: обращения") String description,
        SubscriptionStatus status,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Why it is DISABLED") DisabledReason disabledReason,
        @Schema(description = "Deliveries that died one after another; at the configured limit the subscription is disabled", example = "0") int consecutiveDeadDeliveries,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Until when the previous secret also signs, after a rotation") Instant previousSecretValidUntil,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Send as If-Match to act only on this version", example = "0") int version,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret (whsec_…): shown once, when it is made (creation, rotation)", example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) implements Versioned {

    public SubscriptionView withSecret(String shownOnce) {
        return new SubscriptionView(id, partnerId, url, eventTypes, organisationIds, description, status, disabledReason,
                consecutiveDeadDeliveries, previousSecretValidUntil, createdAt, updatedAt, version, shownOnce);
    }
}
