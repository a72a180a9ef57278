package ru.otklik.calendar.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.calendar.CalendarStatus;
import ru.otklik.calendar.ProductionCalendar;
import ru.otklik.shared.action.Versioned;

@Schema(name = "Calendar", description = "A year of the production calendar (five-day week) and what it rests on",
        requiredProperties = { "year", "status", "source", "nonWorkingDays", "transferredWorkingDays", "totals", "version" })
public record CalendarView(
        @Schema(example = "2027") int year,
        @Schema(description = "OFFICIAL: the Government decree; PROVISIONAL: Labour Code rules and unchecked transfers, "
                + "deadlines counted on it may still move") CalendarStatus status,
        SourceView source,
        @Schema(description = "Public holidays (HOLIDAY, weekend ones listed for the record) and weekdays made days off (DAY_OFF)")
        List<DayView> nonWorkingDays,
        @Schema(description = "Saturdays and Sundays worked because their day off was moved") List<DayView> transferredWorkingDays,
        @Schema(description = "Pre-holiday working days one hour shorter; null when the year's data does not list them")
        List<DayView> shortenedDays,
        Totals totals,
        @Schema(description = "When an ADMIN last loaded it; null for years shipped with the application") Instant loadedAt,
        @Schema(description = "Send as If-Match to replace only this version", example = "2") int version) implements Versioned {

    @Schema(name = "CalendarDay", requiredProperties = "date")
    public record DayView(
            LocalDate date,
            @JsonInclude(JsonInclude.Include.NON_NULL) ProductionCalendar.DayKind kind,
            @Schema(example = "День защитника Отечества") String note) {
    }

    @Schema(name = "CalendarSource")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SourceView(
            @Schema(example = "1466") String decreeNumber,
            @Schema(example = "2025-09-24") LocalDate decreeDate,
            @Schema(description = "Where the decree (or draft) is published", example = "http://publication.pravo.gov.ru/document/0001202509240001") String url,
            @Schema(description = "A draft decree a provisional year follows, if known", example = "Проект постановления, regulation.gov.ru, ID 158123") String draftReference,
            @Schema(description = "What the data rests on, in words", example = "Трудовой кодекс, ст. 112; переносы как в 2021 году") String basis) {
    }

    @Schema(name = "CalendarTotals", requiredProperties = { "calendarDays", "workingDays", "nonWorkingDays" })
    public record Totals(
            @Schema(example = "365") int calendarDays,
            @Schema(example = "247") int workingDays,
            @Schema(description = "Weekends, holidays and days off", example = "118") int nonWorkingDays,
            @Schema(description = "Working hours of a 40-hour week (8 per day, shortened days 7); null while the "
                    + "shortened days are not listed", example = "1972") Integer workingHours) {
    }
}
