package ru.otklik.webhooks.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/v1/webhooks/{id}/rotate-secret} (optional). */
@Schema(name = "SecretRotation")
public record RotationInput(
        @Min(0) @Max(168) @Schema(description = "Hours the previous secret keeps signing beside the new one (default 24; 0 ends it now)", example = "24") Integer overlapHours) {
}
