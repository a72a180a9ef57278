package ru.otklik.appeals.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.Channel;

@Schema(name = "AppealSummary", description = "A line of an appeal list; names of categories and organisations come from the directory",
        requiredProperties = { "id", "number", "status", "channel", "categoryId", "organisationId", "excerpt", "priority", "createdAt",
                "dueDateProvisional", "overdue" })
public record AppealSummary(
        @Schema(example = "123") long id,
        @Schema(example = "38-2026-000123") String number,
        AppealStatus status,
        Channel channel,
        @Schema(example = "8") long categoryId,
        @Schema(example = "12") long organisationId,
        @Schema(description = "The first 200 characters of the text", example = "Большая яма на проезжей части у дома 12 по ул. Ленина") String excerpt,
        @Schema(example = "г. Иркутск, ул. Ленина, 12") String address,
        boolean priority,
        Instant createdAt,
        LocalDate dueDate,
        @Schema(description = "The due date was counted over a provisional year of the production calendar") boolean dueDateProvisional,
        boolean overdue) {
}
