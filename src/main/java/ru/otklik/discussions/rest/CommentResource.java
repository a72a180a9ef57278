package ru.otklik.discussions.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.dto.CommentActions;
import ru.otklik.discussions.dto.CommentView;
import ru.otklik.discussions.dto.QueueFilter;
import ru.otklik.discussions.dto.ReactionInput;
import ru.otklik.discussions.dto.ReactionView;
import ru.otklik.discussions.service.CommentLifecycle;
import ru.otklik.discussions.service.CommentViews;
import ru.otklik.discussions.service.Reactions;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.ProblemResponses;

/** Actions on one comment ({@code POST /api/v1/comments/{id}/<action>}), reactions, and the moderation queue. */
@Path("/api/v1/comments")
@Tag(name = "discussions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class CommentResource {

    private final CommentLifecycle lifecycle;
    private final Reactions reactions;
    private final CommentViews views;

    public CommentResource(CommentLifecycle lifecycle, Reactions reactions, CommentViews views) {
        this.lifecycle = lifecycle;
        this.reactions = reactions;
        this.views = views;
    }

    @POST
    @Path("/{id}/moderate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateComment", summary = "Moderate", description = "A MODERATOR, or an ORG_ADMIN of the owning organisation. PENDING → VISIBLE (APPROVE), PENDING or VISIBLE → HIDDEN (HIDE with a reason), HIDDEN → VISIBLE (RESTORE).")
    @CommentActionResponses
    public Uni<Response> moderate(@BeanParam ActionParams params, @Valid @NotNull CommentActions.Moderate body) {
        return lifecycle.moderate(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/edit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editComment", summary = "Edit", description = "Its author, within 15 minutes of posting, while the discussion is open; marked edited. In a pre-moderated discussion (or when its words are obscene) it goes back to moderation.")
    @CommentActionResponses
    public Uni<Response> edit(@BeanParam ActionParams params, @Valid @NotNull CommentActions.Edit body) {
        return lifecycle.edit(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/delete")
    @Operation(operationId = "deleteComment", summary = "Delete", description = "Its author, at any time: the text goes, a tombstone keeps the thread's shape.")
    @CommentActionResponses
    public Uni<Response> delete(@BeanParam ActionParams params) {
        return lifecycle.delete(params.request()).map(params::respond);
    }

    @POST
    @Path("/{id}/reactions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reactToComment", summary = "Like, dislike, or take it back", description = "One per person per comment, on a visible comment of an open discussion whose audience admits the caller. NONE removes it.")
    @APIResponse(responseCode = "200", description = "The comment's reactions now", content = @Content(schema = @Schema(implementation = ReactionView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Response> react(@BeanParam ActionParams params, @Valid @NotNull ReactionInput body) {
        return reactions.react(params.request(), body).map(params::respond);
    }

    @DELETE
    @Path("/{id}/reactions")
    @Operation(operationId = "removeReaction", summary = "Take the caller's reaction back",
            description = "The same as a reaction NONE: the caller's like or dislike of the comment is removed, if there was one.")
    @APIResponse(responseCode = "200", description = "The comment's reactions now", content = @Content(schema = @Schema(implementation = ReactionView.class)))
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Response> unreact(@BeanParam ActionParams params) {
        return reactions.remove(params.request()).map(params::respond);
    }

    @GET
    @Path("/moderation-queue")
    @Operation(operationId = "listModerationQueue", summary = "Comments waiting for moderation", description = "Oldest first: all of them for a MODERATOR, those of their organisations' discussions for an ORG_ADMIN.")
    @APIResponse(responseCode = "200", description = "A page of pending comments")
    @ProblemResponses.BadRequest
    public Uni<Page<CommentView>> queue(@Valid @BeanParam QueueFilter filter, @Valid @BeanParam PageRequest page) {
        return views.queue(filter, page);
    }
}
