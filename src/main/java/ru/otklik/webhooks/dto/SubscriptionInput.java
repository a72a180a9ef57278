package ru.otklik.webhooks.dto;

import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST} and {@code PUT /api/v1/webhooks}: the whole subscription. */
@Schema(name = "WebhookSubscriptionInput")
public record SubscriptionInput(
        @NotBlank @Size(max = 2000) @Schema(description = "https only; never a private or loopback address", example = "https://crm.example.org/otklik/webhooks") String url,
        @NotEmpty @Size(max = 50) @Schema(description = "Event types of the catalogue; appeal.* for every type of a kind, * for all", example = "[\"appeal.*\"]")
        List<@NotBlank @Size(max = 64) String> eventTypes,
        @Size(max = 50) @Schema(description = "Organisations (each with its subordinates) whose events it hears of, within the partner's; default: all of the partner's", example = "[2]")
        Set<@NotNull @Positive Long> organisationIds,
        @Size(max = 500) @Schema(example = "CRM администрации г. Иркутска: обращения") String description,
        @Positive @Schema(description = "ADMIN only: the partner the subscription is for (a partner subscribes for itself)", example = "1") Long partnerId,
        @Schema(description = "false disables it; true enables it again (a subscription disabled for dead deliveries resumes where it stopped)") Boolean active) {

    public SubscriptionInput {
        url = url == null ? null : url.strip();
        description = description == null || description.isBlank() ? null : description.strip();
    }
}
