package ru.otklik.routing.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;
import ru.otklik.routing.dto.RouteView;
import ru.otklik.routing.service.RoutingService;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.validation.Oktmo;

@Path("/api/v1/routing")
@Tag(name = "routing")
@Produces(MediaType.APPLICATION_JSON)
public class RoutingResource {

    private final RoutingService service;

    public RoutingResource(RoutingService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "findRoute", summary = "Who will handle it", description = "Public. The category's own rules first, then its parent's; "
            + "among them the longest OKTMO prefix that covers the place. 404 `no-route` when nobody does.")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "The organisation that will handle it, and the rule that decided")
    public Uni<RouteView> route(
            @RestQuery @NotNull @Positive @Parameter(description = "Category id", required = true) Long category,
            @RestQuery @NotNull @Oktmo @Parameter(description = "OKTMO of the place, 8 or 11 digits", example = "25701000001", required = true) String oktmo) {
        return service.route(category, oktmo);
    }
}
