package ru.otklik.polls.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import ru.otklik.polls.dto.PollFilter;
import ru.otklik.polls.dto.PollInput;
import ru.otklik.polls.dto.PollSummary;
import ru.otklik.polls.dto.PollView;
import ru.otklik.polls.service.PollDrafting;
import ru.otklik.polls.service.PollViews;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.WriteParams;
import ru.otklik.shared.http.HttpCache;

/**
 * Reading polls (anyone: published and closed ones; the owning organisation: its drafts too) and writing drafts. The
 * actions are in {@link PollActionResource}, ballots in {@link BallotResource}, results in {@link PollResultsResource}.
 */
@Path("/api/v1/polls")
@Tag(name = "polls")
@Produces(MediaType.APPLICATION_JSON)
public class PollResource {

    private final PollDrafting drafting;
    private final PollViews views;

    public PollResource(PollDrafting drafting, PollViews views) {
        this.drafting = drafting;
        this.views = views;
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPoll", summary = "Create a draft poll", description = """
            An OFFICIAL or ORG_ADMIN of the organisation (organisationId, needed when they act for several). A draft may \
            be incomplete; publish checks the whole poll. Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "201", description = "The draft; Location names it", content = @Content(schema = @Schema(implementation = PollView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    public Uni<Response> create(@BeanParam WriteParams params, @Valid @NotNull PollInput input) {
        return drafting.create(params.request(), input).map(params::respond);
    }

    @GET
    @Operation(operationId = "listPolls", summary = "Polls", description = """
            Published and closed polls, for anyone (no token needed); with a token of an organisation's official, its \
            drafts too. Newest first.""")
    @APIResponse(responseCode = "200", description = "A page of polls")
    @ProblemResponses.BadRequest
    public Uni<Page<PollSummary>> list(@Valid @BeanParam PollFilter filter, @Valid @BeanParam PageRequest page) {
        return views.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPoll", summary = "One poll", description = """
            With whether the caller may vote now (mayVote) and, if not, why (whyNot: SIGN_IN, NOT_OPEN, ALREADY_VOTED, \
            NOT_TRUSTED, NO_ADDRESS, OUTSIDE_AUDIENCE), and the actions they may take (edit is PUT on the poll). ETag \
            carries the version for If-Match.""")
    @APIResponse(responseCode = "200", description = "The poll", content = @Content(schema = @Schema(implementation = PollView.class)))
    @ProblemResponses.NotFound
    @HttpCache(HttpCache.Scope.PRIVATE)
    public Uni<Response> get(@RestPath long id) {
        return views.get(id).map(Responses::ok);
    }

    @PUT
    @Path("/{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "editPoll", summary = "Edit a draft", description = "The owning organisation replaces the whole draft (action edit). DRAFT only.")
    @PollActionResponses
    public Uni<Response> edit(@BeanParam ActionParams params, @Valid @NotNull PollInput input) {
        return drafting.edit(params.request(), input).map(params::respond);
    }
}
