package ru.otklik.polls.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ru.otklik.polls.dto.PollView;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.rest.ProblemResponses;

/** OpenAPI responses every poll action shares. */
@Target({ ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "200", description = "The poll after the action; ETag carries its new version",
        content = @Content(schema = @Schema(implementation = PollView.class)))
@APIResponse(responseCode = "400", description = "Invalid input or, for publish, an incomplete poll; `errors[]` names each field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such poll, or a draft of another organisation",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "`invalid-transition` (currentStatus names the status), a stale If-Match, or a concurrent change",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@ProblemResponses.Secured
@interface PollActionResponses {
}
