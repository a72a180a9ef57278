package ru.otklik.organisations.rest;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.dto.OrganisationFilter;
import ru.otklik.organisations.dto.OrganisationInput;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.http.HttpCache;

@Path("/api/v1/organisations")
@Tag(name = "organisations")
@Produces(MediaType.APPLICATION_JSON)
@ProblemResponses.BadRequest
public class OrganisationResource {

    private final OrganisationService service;
    private final CallerResolver callers;

    public OrganisationResource(OrganisationService service, CallerResolver callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "searchOrganisations", summary = "Search the directory", description = "Public. Active organisations, alphabetically, or by relevance when `q` is given.")
    @APIResponse(responseCode = "200", description = "A page of organisations")
    @HttpCache(HttpCache.Scope.PUBLIC)
    public Uni<Page<OrganisationView>> list(@Valid @BeanParam OrganisationFilter filter, @Valid @BeanParam PageRequest page) {
        return service.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganisation", summary = "One organisation", description = "Public. Deactivated organisations are still answered (active=false).")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "The organisation")
    @HttpCache(HttpCache.Scope.PUBLIC)
    public Uni<OrganisationView> get(@RestPath long id) {
        return service.get(id);
    }

    @GET
    @Path("/{id}/children")
    @Operation(operationId = "listOrganisationChildren", summary = "Direct subordinates of an organisation", description = "Public.")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "A page of subordinate organisations")
    @HttpCache(HttpCache.Scope.PUBLIC)
    public Uni<Page<OrganisationView>> children(@RestPath long id, @Valid @BeanParam PageRequest page) {
        return service.children(id, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @Operation(operationId = "createOrganisation", summary = "Add an organisation", description = "Role: ADMIN.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @ProblemResponses.Secured
    @ProblemResponses.Conflict
    public Uni<Response> create(@Valid @NotNull OrganisationInput input, @Context UriInfo uri) {
        return service.create(input, callers.current().oid())
                .chain(service::get)
                .map(created -> Responses.created(uri, created.id(), created));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @Operation(operationId = "replaceOrganisation", summary = "Replace an organisation", description = "Role: ADMIN. Refuses a parent that is the organisation itself or one of its subordinates.")
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @APIResponse(responseCode = "200", description = "The organisation as replaced")
    public Uni<OrganisationView> update(@RestPath long id, @Valid @NotNull OrganisationInput input) {
        return service.update(id, input, callers.current().oid()).chain(service::get);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @ResponseStatus(204)
    @Operation(operationId = "deleteOrganisation", summary = "Remove an organisation", description = "Role: ADMIN. An organisation with history (subordinates, routing rules, appeals) is deactivated, not erased.")
    @APIResponse(responseCode = "204", description = "Deleted or deactivated")
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    public Uni<Void> delete(@RestPath long id) {
        return service.delete(id, callers.current().oid());
    }
}
