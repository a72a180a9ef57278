package ru.otklik.discussions.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import ru.otklik.discussions.dto.CommentView;
import ru.otklik.shared.problem.Problem;

/** OpenAPI responses every comment action shares. */
@Target({ ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@APIResponse(responseCode = "200", description = "The comment after the action; ETag carries its new version",
        content = @Content(schema = @Schema(implementation = CommentView.class)))
@APIResponse(responseCode = "400", description = "Invalid input; `errors[]` names each field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such comment, or the caller may not see it",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "`invalid-transition` (currentStatus names the status), too late to edit, the discussion is closed, a stale If-Match, or a concurrent change",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@interface CommentActionResponses {
}
