package ru.otklik.webhooks.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookReplayQueued", description = "How many deliveries a replay queued, after everything queued before")
public record ReplayView(int queued) {
}
