package ru.otklik.calendar.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.calendar.ProductionCalendar;

@Schema(name = "CalendarDayInput")
public record DayInput(
        @NotNull @Schema(example = "2027-02-23") LocalDate date,
        @Schema(description = "nonWorkingDays only: HOLIDAY or DAY_OFF") ProductionCalendar.DayKind kind,
        @Size(max = 200) @Schema(example = "День защитника Отечества") String note) {
}
