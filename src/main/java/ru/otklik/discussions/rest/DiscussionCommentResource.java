package ru.otklik.discussions.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.discussions.dto.CommentInput;
import ru.otklik.discussions.dto.CommentOrder;
import ru.otklik.discussions.dto.CommentView;
import ru.otklik.discussions.service.CommentPosting;
import ru.otklik.discussions.service.CommentViews;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.WriteParams;

/** The comments of a discussion: reading threads and posting. Actions on one comment are in {@link CommentResource}. */
@Path("/api/v1/discussions/{id}/comments")
@Tag(name = "discussions")
@Produces(MediaType.APPLICATION_JSON)
public class DiscussionCommentResource {

    private final CommentPosting posting;
    private final CommentViews views;

    public DiscussionCommentResource(CommentPosting posting, CommentViews views) {
        this.posting = posting;
        this.views = views;
    }

    @GET
    @Operation(operationId = "listComments", summary = "Threads of a discussion", description = """
            Public. Top-level comments (newest, oldest or top), each with its first replies oldest first \
            (`replies`, default 3) and `moreReplies`, the cursor of the rest. Others see approved comments; an author \
            also sees their own pending or hidden ones; moderators see everything. A comment published once and now \
            hidden, in moderation again or deleted is a placeholder without author and text.""")
    @APIResponse(responseCode = "200", description = "A page of threads")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<Page<CommentView>> page(@RestPath long id, @Valid @BeanParam CommentOrder order,
            @Valid @BeanParam PageRequest page) {
        return views.page(id, order, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "postComment", summary = "Comment or reply", description = """
            Whoever the discussion's audience and trust rules admit, while it is open. A reply (`parentId`) hangs \
            under its parent down to depth 5, below that under the depth-5 ancestor. PENDING in a pre-moderated \
            discussion or when its words are obscene, VISIBLE otherwise. An official of the owning organisation \
            replies as it with `asOrganisation`: visible at once, marked official. Send an Idempotency-Key to retry.""")
    @APIResponse(responseCode = "201", description = "Posted; Location names it",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "409", description = "The discussion is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses.Secured
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<Response> post(@RestPath long id, @BeanParam WriteParams params, @Valid @NotNull CommentInput input) {
        return posting.post(params.request(), id, input).map(params::respond);
    }

    @GET
    @Path("/{commentId}")
    @Operation(operationId = "getComment", summary = "One comment", description = "404 to whoever may not see it (hidden and pending comments are their author's and moderators').")
    @APIResponse(responseCode = "200", description = "The comment", content = @Content(schema = @Schema(implementation = CommentView.class)))
    @ProblemResponses.NotFound
    public Uni<Response> get(@RestPath long id, @RestPath long commentId) {
        return views.get(id, commentId).map(Responses::ok);
    }

    @GET
    @Path("/{commentId}/replies")
    @Operation(operationId = "listReplies", summary = "More replies of a thread", description = "Of a top-level comment, oldest first; pass its `moreReplies` as `cursor`.")
    @APIResponse(responseCode = "200", description = "A page of replies")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<Page<CommentView>> replies(@RestPath long id, @RestPath long commentId, @Valid @BeanParam PageRequest page) {
        return views.replies(id, commentId, page);
    }
}
