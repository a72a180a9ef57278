package ru.otklik.stats.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatsGroupKey", description = "A group's value of one groupBy dimension", requiredProperties = { "dimension", "value" })
public record GroupKeyView(
        @Schema(example = "month") String dimension,
        @Schema(description = "The id (category, topCategory, organisation), the name (channel, status), 2026-03 (month), "
                + "2026-W10 (ISO week), the first 5 digits of OKTMO (oktmo) or true/false (priority)", example = "2026-03")
        String value,
        @Schema(description = "The name of a category or organisation; null for other dimensions", example = "Здравоохранение")
        String label) {
}
