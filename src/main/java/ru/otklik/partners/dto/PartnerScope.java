package ru.otklik.partners.dto;

import java.util.List;
import java.util.Set;

/**
 * What a registered partner may see and act for while it is active: the organisations of its registration
 * ({@code roots}) and every organisation below them ({@code organisationIds}, the roots included), as the directory
 * is now.
 */
public record PartnerScope(long partnerId, String clientId, List<Long> roots, Set<Long> organisationIds,
        int requestsPerMinute, boolean active) {

    public boolean covers(Long organisationId) {
        return organisationId != null && organisationIds.contains(organisationId);
    }
}
