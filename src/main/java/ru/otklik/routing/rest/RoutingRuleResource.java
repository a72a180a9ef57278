package ru.otklik.routing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;
import ru.otklik.routing.dto.RoutingRuleInput;
import ru.otklik.routing.dto.RoutingRuleView;
import ru.otklik.routing.service.RoutingService;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.ProblemResponses;

@Path("/api/v1/routing-rules")
@Tag(name = "routing")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(PlatformRole.ADMIN_NAME)
@ProblemResponses.BadRequest
@ProblemResponses.Secured
public class RoutingRuleResource {

    private final RoutingService service;
    private final CallerResolver callers;

    public RoutingRuleResource(RoutingService service, CallerResolver callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listRoutingRules", summary = "List routing rules", description = "Role: ADMIN. In creation order; filter by category and/or organisation.")
    @APIResponse(responseCode = "200", description = "A page of routing rules")
    public Uni<Page<RoutingRuleView>> list(@RestQuery @Positive Long category, @RestQuery @Positive Long organisation,
            @Valid @BeanParam PageRequest page) {
        return service.list(category, organisation, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRoutingRule", summary = "One routing rule", description = "Role: ADMIN.")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "The routing rule")
    public Uni<RoutingRuleView> get(@RestPath long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createRoutingRule", summary = "Add a routing rule", description = "Role: ADMIN. The organisation must be active and connected; one rule per category and prefix.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @ProblemResponses.Conflict
    public Uni<Response> create(@Valid @NotNull RoutingRuleInput input, @Context UriInfo uri) {
        return service.create(input, callers.current().oid())
                .chain(service::get)
                .map(created -> Responses.created(uri, created.id(), created));
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(operationId = "deleteRoutingRule", summary = "Remove a routing rule", description = "Role: ADMIN.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ProblemResponses.NotFound
    public Uni<Void> delete(@RestPath long id) {
        return service.delete(id, callers.current().oid());
    }
}
