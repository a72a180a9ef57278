package ru.otklik.calendar.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.calendar.CalendarStatus;

/**
 * Body of {@code PUT /api/v1/calendar/{year}} as JSON: the whole year, in the shape {@code GET} answers (its
 * {@code totals}, {@code loadedAt} and {@code version} are ignored), so that a year can be read, corrected and put back.
 */
@Schema(name = "CalendarInput", description = "A whole year; it replaces what the calendar holds for the year")
public record CalendarInput(
        @NotNull CalendarStatus status,
        @Valid @Schema(description = "OFFICIAL: decreeNumber, decreeDate and url are required; PROVISIONAL: no decree") SourceInput source,
        @NotNull @Size(max = 200) @Schema(description = "kind HOLIDAY (a public holiday of the Labour Code, art. 112) or DAY_OFF")
        List<@NotNull @Valid DayInput> nonWorkingDays,
        @Size(max = 100) @Schema(description = "Saturdays and Sundays that are worked") List<@NotNull @Valid DayInput> transferredWorkingDays,
        @Size(max = 100) @Schema(description = "Pre-holiday days one hour shorter; leave out when not known")
        List<@NotNull @Valid DayInput> shortenedDays) {
}
