package ru.otklik.webhooks.dto;

import java.time.Instant;
import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * A webhook subscription as the audit trail keeps it before and after a change: never its secrets; a rotation shows as
 * the time until which the previous secret still signs.
 */
@RegisterForReflection
public record SubscriptionAudit(long partnerId, String url, List<String> eventTypes, List<Long> organisationIds,
        String description, String status, String disabledReason, Instant previousSecretUntil) {
}
