package ru.otklik.appeals.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
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
import ru.otklik.appeals.dto.SupportView;
import ru.otklik.appeals.service.AppealSupport;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.ProblemResponses;

/** "Me too": the caller's support of an appeal on the map. */
@Path("/api/v1/appeals/{id}/supporters")
@Tag(name = "appeals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
@ProblemResponses.NotFound
public class SupporterResource {

    private final AppealSupport support;

    public SupporterResource(AppealSupport support) {
        this.support = support;
    }

    @POST
    @Operation(operationId = "supportAppeal", summary = "Support an appeal (\"me too\")", description = """
            Instead of filing the same problem again: adds the caller's support to an open appeal on the map \
            (registered, in progress or redirected; not of a sensitive category). Once per person: 201 the first \
            time, 200 after (nothing changes). The author cannot support their own appeal (409), nor anyone an \
            answered or closed one (409). Publishes appeal.supported; changes the appeal's version.""")
    @APIResponse(responseCode = "201", description = "Supported now", content = @Content(schema = @Schema(implementation = SupportView.class)))
    @APIResponse(responseCode = "200", description = "Already supported by the caller", content = @Content(schema = @Schema(implementation = SupportView.class)))
    @ProblemResponses.Conflict
    public Uni<Response> support(@BeanParam ActionParams params) {
        return support.support(params.request()).map(params::respond);
    }

    @DELETE
    @Path("/me")
    @Operation(operationId = "withdrawAppealSupport", summary = "Withdraw the caller's support", description = """
            200 with the count whether or not the caller supported it; publishes appeal.support_withdrawn when they did.""")
    @APIResponse(responseCode = "200", description = "Not supported by the caller (any more)", content = @Content(schema = @Schema(implementation = SupportView.class)))
    public Uni<Response> withdraw(@BeanParam ActionParams params) {
        return support.withdraw(params.request()).map(params::respond);
    }
}
