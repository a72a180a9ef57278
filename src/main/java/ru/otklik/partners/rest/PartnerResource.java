package ru.otklik.partners.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;
import ru.otklik.partners.dto.PartnerInput;
import ru.otklik.partners.dto.PartnerView;
import ru.otklik.partners.service.PartnerService;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.Responses;

/** The partner registry: {@code /api/v1/partners}, for platform administrators. */
@Path("/api/v1/partners")
@Tag(name = "partners")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PlatformRole.ADMIN_NAME)
@ProblemResponses.Secured
@ProblemResponses.BadRequest
public class PartnerResource {

    private final PartnerService service;
    private final CallerResolver callers;

    public PartnerResource(PartnerService service, CallerResolver callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listPartners", summary = "Registered partners", description = "Role: ADMIN. By name.")
    @APIResponse(responseCode = "200", description = "A page of partners")
    public Uni<Page<PartnerView>> list(@Valid @BeanParam PageRequest page) {
        return service.list(page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPartner", summary = "One partner", description = "Role: ADMIN.")
    @APIResponse(responseCode = "200", description = "The partner", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @ProblemResponses.NotFound
    public Uni<Response> get(@RestPath long id) {
        return service.get(id).map(Responses::ok);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerPartner", summary = "Register a partner", description = """
            Role: ADMIN. Its OIDC client id (the azp or client_id of its client-credentials tokens, which carry the \
            platform role PARTNER), the organisations it acts for and sees (each with all its subordinates), and its \
            rate limit.""")
    @APIResponse(responseCode = "201", description = "Registered; Location names it",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @ProblemResponses.Conflict
    public Uni<Response> create(@Valid @NotNull PartnerInput input, @Context UriInfo uri) {
        return service.create(input, callers.current().oid()).chain(service::get)
                .map(created -> Responses.created(uri, created.id(), created));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePartner", summary = "Replace a registration", description = "Role: ADMIN.")
    @APIResponse(responseCode = "200", description = "The partner as replaced", content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Response> update(@RestPath long id, @Valid @NotNull PartnerInput input) {
        return service.update(id, input, callers.current().oid()).chain(service::get).map(Responses::ok);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(operationId = "removePartner", summary = "Remove a partner", description = "Role: ADMIN. Its webhook subscriptions go with it.")
    @APIResponse(responseCode = "204", description = "Removed")
    @ProblemResponses.NotFound
    public Uni<Void> delete(@RestPath long id) {
        return service.delete(id, callers.current().oid());
    }
}
