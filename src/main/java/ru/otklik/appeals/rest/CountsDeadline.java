package ru.otklik.appeals.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ru.otklik.shared.problem.Problem;

/** The response only the actions that count a deadline on the production calendar may give. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "503", description = "`calendar-missing`: the deadline reaches into a year the production "
        + "calendar has no data for; nothing changed. An ADMIN loads the year (PUT /api/v1/calendar/{year}), then the "
        + "action can be repeated",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@interface CountsDeadline {
}
