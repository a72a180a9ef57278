package ru.otklik.webhooks.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookReplayQueued", description = "How many deliveries a replay queued, after everything queued before",
        requiredProperties = "queued")
public record ReplayView(@Schema(example = "1") int queued) {
}
