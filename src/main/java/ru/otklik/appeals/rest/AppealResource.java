package ru.otklik.appeals.rest;

import java.util.List;

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
import ru.otklik.appeals.dto.AppealFilter;
import ru.otklik.appeals.dto.AppealInput;
import ru.otklik.appeals.dto.AppealSummary;
import ru.otklik.appeals.dto.AppealView;
import ru.otklik.appeals.dto.HistoryEntryView;
import ru.otklik.appeals.service.AppealFiling;
import ru.otklik.appeals.service.AppealViews;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.WriteParams;
import ru.otklik.shared.http.HttpCache;

/** Filing and reading appeals; the actions are in {@link AppealActionResource}, files in {@link AttachmentResource}. */
@Path("/api/v1/appeals")
@Tag(name = "appeals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class AppealResource {

    private final AppealFiling filing;
    private final AppealViews views;

    public AppealResource(AppealFiling filing, AppealViews views) {
        this.filing = filing;
        this.views = views;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "fileAppeal", summary = "File an appeal", description = """
            A citizen with a confirmed account (trusted) files for themselves (PORTAL, WIDGET, MOBILE); an OPERATOR \
            files for a caller or visitor (CONTACT_CENTER, MFC) with the applicant's name and phone. The appeal is \
            routed to the responsible organisation, numbered RR-YYYY-NNNNNN and SUBMITTED for moderation. \
            Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "201", description = "Filed; Location names it",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "422", description = "No organisation handles this category there (`unroutable`), or the idempotency key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses.BadRequest
    public Uni<Response> file(@BeanParam WriteParams params, @Valid @NotNull AppealInput input) {
        return filing.file(params.request(), input).map(params::respond);
    }

    @GET
    @Operation(operationId = "listAppeals", summary = "Appeals the caller may see", description = """
            Own appeals for a citizen, those entered for an operator, the inbox of each organisation an official acts \
            for (registered appeals, priority first, nearest due date first), everything for a moderator. Newest \
            first unless sort=due.""")
    @ProblemResponses.BadRequest
    @APIResponse(responseCode = "200", description = "A page of appeals")
    public Uni<Page<AppealSummary>> list(@Valid @BeanParam AppealFilter filter, @Valid @BeanParam PageRequest page) {
        return views.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAppeal", summary = "One appeal", description = "With the actions the caller may take now. ETag carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The appeal", content = @Content(schema = @Schema(implementation = AppealView.class)))
    @ProblemResponses.NotFound
    @HttpCache(HttpCache.Scope.PRIVATE)
    public Uni<Response> get(@RestPath long id) {
        return views.get(id).map(Responses::ok);
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getAppealHistory", summary = "Every step of the appeal", description = "Who (role and oid), when, from which status to which, and why.")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "The steps, oldest first")
    public Uni<List<HistoryEntryView>> history(@RestPath long id) {
        return views.history(id);
    }
}
