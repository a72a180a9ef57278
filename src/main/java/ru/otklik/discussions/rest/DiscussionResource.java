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
import ru.otklik.discussions.dto.CloseAction;
import ru.otklik.discussions.dto.DiscussionFilter;
import ru.otklik.discussions.dto.DiscussionInput;
import ru.otklik.discussions.dto.DiscussionSummary;
import ru.otklik.discussions.dto.DiscussionView;
import ru.otklik.discussions.service.DiscussionService;
import ru.otklik.discussions.service.DiscussionViews;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.WriteParams;
import ru.otklik.shared.http.HttpCache;

/** Public discussions: opening, reading, closing. Their comments are in {@link DiscussionCommentResource}. */
@Path("/api/v1/discussions")
@Tag(name = "discussions")
@Produces(MediaType.APPLICATION_JSON)
public class DiscussionResource {

    private final DiscussionService service;
    private final DiscussionViews views;

    public DiscussionResource(DiscussionService service, DiscussionViews views) {
        this.service = service;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "openDiscussion", summary = "Open a discussion", description = """
            An OFFICIAL or ORG_ADMIN of the organisation puts a draft to public discussion: OPEN until closed, or \
            until openUntil. Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "201", description = "Opened; Location names it",
            content = @Content(schema = @Schema(implementation = DiscussionView.class)))
    @ProblemResponses.Secured
    @ProblemResponses.BadRequest
    public Uni<Response> open(@BeanParam WriteParams params, @Valid @NotNull DiscussionInput input) {
        return service.open(params.request(), input).map(params::respond);
    }

    @GET
    @Operation(operationId = "listDiscussions", summary = "Discussions", description = "Public. Newest first; filters by organisation, status (as readers see it), the place whose residents may take part, and text.")
    @APIResponse(responseCode = "200", description = "A page of discussions")
    @ProblemResponses.BadRequest
    public Uni<Page<DiscussionSummary>> list(@Valid @BeanParam DiscussionFilter filter, @Valid @BeanParam PageRequest page) {
        return views.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDiscussion", summary = "One discussion", description = "Public, also once closed. ETag carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The discussion", content = @Content(schema = @Schema(implementation = DiscussionView.class)))
    @ProblemResponses.NotFound
    @HttpCache(HttpCache.Scope.PRIVATE)
    public Uni<Response> get(@RestPath long id) {
        return views.get(id).map(Responses::ok);
    }

    @POST
    @Path("/{id}/close")
    @Consumes(MediaType.APPLICATION_JSON)
    @Authenticated
    @Operation(operationId = "closeDiscussion", summary = "Close", description = "An official or administrator of the organisation, with an optional summary. OPEN → CLOSED: it stays readable and takes no comments or reactions.")
    @APIResponse(responseCode = "200", description = "The discussion, closed", content = @Content(schema = @Schema(implementation = DiscussionView.class)))
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Response> close(@BeanParam ActionParams params, @Valid CloseAction body) {
        return service.close(params.request(), body).map(params::respond);
    }
}
