package ru.otklik.webhooks.dto;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/webhooks/{id}/replay}: the events that happened in [from, to). */
@Schema(name = "WebhookReplay")
public record ReplayInput(
        @NotNull @Schema(example = "2026-03-01T00:00:00Z") Instant from,
        @NotNull @Schema(example = "2026-03-02T00:00:00Z") Instant to) {
}
