package ru.otklik.categories.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import ru.otklik.categories.dto.CategoryInput;
import ru.otklik.categories.dto.CategoryView;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.http.HttpCache;

@Path("/api/v1/categories")
@Tag(name = "categories")
@Produces(MediaType.APPLICATION_JSON)
@ProblemResponses.BadRequest
public class CategoryResource {

    private final CategoryService service;
    private final CallerResolver callers;

    public CategoryResource(CategoryService service, CallerResolver callers) {
        this.service = service;
        this.callers = callers;
    }

    @GET
    @Operation(operationId = "listCategories", summary = "The whole category tree", description = "Public. Reference data of about a hundred nodes: one page, nextCursor is always null.")
    @APIResponse(responseCode = "200", description = "The category tree")
    @HttpCache(HttpCache.Scope.PUBLIC)
    public Uni<Page<CategoryView>> tree() {
        return service.tree().map(Page::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCategory", summary = "One category", description = "Public.")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "The category")
    @HttpCache(HttpCache.Scope.PUBLIC)
    public Uni<CategoryView> get(@RestPath long id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @Operation(operationId = "createCategory", summary = "Add a category", description = "Role: ADMIN.")
    @APIResponse(responseCode = "201", description = "Created; Location names it")
    @ProblemResponses.Secured
    @ProblemResponses.Conflict
    public Uni<Response> create(@Valid @NotNull CategoryInput input, @Context UriInfo uri) {
        return service.create(input, callers.current().oid())
                .chain(service::get)
                .map(created -> Responses.created(uri, created.id(), created));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @Operation(operationId = "replaceCategory", summary = "Replace a category", description = "Role: ADMIN. Refuses a parent inside the category's own subtree.")
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @APIResponse(responseCode = "200", description = "The category as replaced")
    public Uni<CategoryView> update(@RestPath long id, @Valid @NotNull CategoryInput input) {
        return service.update(id, input, callers.current().oid()).chain(service::get);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @ResponseStatus(204)
    @Operation(operationId = "deleteCategory", summary = "Remove a category", description = "Role: ADMIN. A category in use is deactivated; one with active subcategories is refused (409).")
    @APIResponse(responseCode = "204", description = "Deleted or deactivated")
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Void> delete(@RestPath long id) {
        return service.delete(id, callers.current().oid());
    }
}
