package ru.otklik.routing.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoutingRuleInput")
public record RoutingRuleInput(
        @NotNull @Positive @Schema(example = "8") Long categoryId,
        @Pattern(regexp = "[0-9]{0,11}", message = "{otklik.oktmo-prefix}")
        @Schema(description = "OKTMO prefix, 0 to 11 digits; empty or absent covers everywhere", example = "25701000", maxLength = 11) String oktmoPrefix,
        @NotNull @Positive @Schema(example = "15") Long organisationId) {
}
