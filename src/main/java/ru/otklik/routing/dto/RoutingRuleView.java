package ru.otklik.routing.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoutingRule", description = "Appeals of this category from places whose OKTMO starts with the prefix go to the organisation",
        requiredProperties = { "id", "categoryId", "oktmoPrefix", "organisationId" })
public record RoutingRuleView(
        @Schema(example = "7") long id,
        @Schema(example = "8") long categoryId,
        @Schema(description = "OKTMO prefix; empty covers everywhere", example = "25701000") String oktmoPrefix,
        @Schema(example = "15") long organisationId) {
}
