package ru.otklik.partners.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.shared.action.Versioned;

@Schema(name = "Partner", description = "An integration partner's registration", requiredProperties = { "id", "clientId",
        "displayName", "organisationIds", "requestsPerMinute", "active", "createdAt", "version" })
public record PartnerView(
        @Schema(example = "1") long id,
        @Schema(example = "irkutsk-city-crm") String clientId,
        @Schema(example = "CRM администрации г. Иркутска") String displayName,
        @Schema(description = "Organisations it acts for and sees, each with all its subordinates", example = "[2]") List<Long> organisationIds,
        @Schema(example = "600") int requestsPerMinute,
        boolean active,
        Instant createdAt,
        @Schema(description = "Send as If-Match to act only on this version", example = "0") int version) implements Versioned {
}
