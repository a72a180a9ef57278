package ru.otklik.calendar.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ru.otklik.calendar.dto.CalendarView;
import ru.otklik.shared.problem.Problem;

/** The responses both ways of replacing a year share. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "200", description = "The year replaced; ETag carries its new version",
        content = @Content(schema = @Schema(implementation = CalendarView.class)))
@APIResponse(responseCode = "201", description = "A year the calendar had no data for; Location names it",
        content = @Content(schema = @Schema(implementation = CalendarView.class)))
@APIResponse(responseCode = "400", description = "Invalid: `errors[]` names each day (`nonWorkingDays[3]`, `days[3]`) or field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "An official year cannot become provisional; a stale If-Match; the calendar changed meanwhile",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@interface YearWritten {
}
