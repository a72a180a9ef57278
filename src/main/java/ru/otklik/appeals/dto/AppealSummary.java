package ru.otklik.appeals.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.Channel;

@Schema(name = "AppealSummary", description = "A line of an appeal list; names of categories and organisations come from the directory")
public record AppealSummary(
        long id,
        @Schema(example = "38-2026-000123") String number,
        AppealStatus status,
        Channel channel,
        long categoryId,
        long organisationId,
        @Schema(description = "The first 200 characters of the text") String excerpt,
        String address,
        boolean priority,
        Instant createdAt,
        LocalDate dueDate,
        @Schema(description = "The due date was counted over a provisional year of the production calendar") boolean dueDateProvisional,
        boolean overdue) {
}
