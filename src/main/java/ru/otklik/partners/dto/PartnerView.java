package ru.otklik.partners.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.shared.action.Versioned;

@Schema(name = "Partner", description = "An integration partner's registration")
public record PartnerView(
        long id,
        @Schema(example = "irkutsk-city-crm") String clientId,
        @Schema(example = "CRM администрации г. Иркутска") String displayName,
        @Schema(description = "Organisations it acts for and sees, each with all its subordinates") List<Long> organisationIds,
        @Schema(example = "600") int requestsPerMinute,
        boolean active,
        Instant createdAt,
        int version) implements Versioned {
}
