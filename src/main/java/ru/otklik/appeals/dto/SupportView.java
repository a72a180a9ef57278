package ru.otklik.appeals.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Support", description = "The caller's support of an appeal and how many support it",
        requiredProperties = { "appealId", "supporters", "supported" })
public record SupportView(
        @Schema(example = "123") long appealId,
        @Schema(description = "People who support it now", example = "4") int supporters,
        @Schema(description = "Whether the caller is one of them") boolean supported) {
}
