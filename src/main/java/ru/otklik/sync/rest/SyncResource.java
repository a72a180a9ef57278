package ru.otklik.sync.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.sync.dto.SyncPage;
import ru.otklik.sync.service.Sync;

/** Offline sync for mobile apps; see the README, "Offline sync". */
@Path("/api/v1/sync")
@Tag(name = "sync")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class SyncResource {

    private final Sync sync;

    public SyncResource(Sync sync) {
        this.sync = sync;
    }

    @GET
    @Operation(operationId = "syncChanges", summary = "What changed since a cursor", description = """
            The changes of what the caller may see (their appeals; an official's organisations'), in commit order, each \
            item once per page as its latest state, with tombstones for items the caller may no longer see; and the \
            cursor to pass as since next time. Without since: the caller's current state, page by page.""")
    @APIResponse(responseCode = "200", description = "A page of changes and the next cursor")
    @ProblemResponses.BadRequest
    public Uni<SyncPage> sync(
            @RestQuery @Parameter(description = "The cursor of the previous sync; none for the first", example = "c3luYx8xMDQ1HzEwNDI") String since,
            @RestQuery @Min(value = 1, message = "{paging.limit.range}") @Max(value = 100, message = "{paging.limit.range}")
            @Parameter(description = "Changes per page, 1..100 (default 50)", example = "50") Integer limit) {
        return sync.since(since, limit);
    }
}
