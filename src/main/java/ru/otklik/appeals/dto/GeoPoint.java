package ru.otklik.appeals.dto;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "GeoPoint", description = "WGS 84 coordinates")
public record GeoPoint(
        @NotNull @DecimalMin("-90") @DecimalMax("90") @Schema(example = "52.2870") Double lat,
        @NotNull @DecimalMin("-180") @DecimalMax("180") @Schema(example = "104.2810") Double lon) {
}
