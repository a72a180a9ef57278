package ru.otklik.partners.dto;

import java.util.List;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A partner's registration as the audit trail keeps it before and after a change. */
@RegisterForReflection
public record PartnerAudit(String clientId, String displayName, int requestsPerMinute, boolean active,
        List<Long> organisationIds) {
}
