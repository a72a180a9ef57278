package ru.otklik.routing.dto;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A routing rule as the audit trail keeps it when it is added or removed. */
@RegisterForReflection
public record RoutingRuleAudit(long categoryId, String oktmoPrefix, long organisationId) {
}
