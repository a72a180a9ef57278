package ru.otklik.appeals.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.dto.NearbyParams;
import ru.otklik.appeals.dto.NearbyView;
import ru.otklik.appeals.dto.SimilarAppeal;
import ru.otklik.appeals.service.AppealMap;
import ru.otklik.shared.http.HttpCache;
import ru.otklik.shared.rest.ProblemResponses;

/** The map of appeals for mobile apps, and what to support instead of filing a duplicate. */
@Path("/api/v1/appeals/nearby")
@Tag(name = "appeals")
@Produces(MediaType.APPLICATION_JSON)
@ProblemResponses.BadRequest
public class AppealMapResource {

    private final AppealMap map;

    public AppealMapResource(AppealMap map) {
        this.map = map;
    }

    @GET
    @Operation(operationId = "listNearbyAppeals", summary = "Appeals on the map", description = """
            Public. Appeals past moderation with a location, within `radius` metres of `lat`,`lon` or inside `bbox`, \
            never withdrawn ones nor those of sensitive categories (health, servicemen). Markers carry no text, \
            address or author; points are rounded to about 10 m. With `zoom`, or when there are more than \
            otklik.nearby.max-markers, counts per grid cell instead (their sum is `total`).""")
    @APIResponse(responseCode = "200", description = "Markers or clusters")
    @HttpCache(HttpCache.Scope.PUBLIC)
    public Uni<NearbyView> nearby(@Valid @BeanParam NearbyParams params) {
        return map.nearby(params);
    }

    @GET
    @Path("/similar")
    @Authenticated
    @Operation(operationId = "listSimilarAppeals", summary = "Likely duplicates of an appeal about to be filed", description = """
            Open appeals of the `category` (or below it) within `radius` metres of `lat`,`lon` (default \
            otklik.nearby.similar-radius), the most alike to `text` first (Russian full-text), then the nearest: \
            support one (POST /api/v1/appeals/{id}/supporters) instead of filing the same problem again. The \
            beginning of a text is shown only for an appeal the caller may see anyway.""")
    @APIResponse(responseCode = "200", description = "Suggestions, best first")
    @ProblemResponses.Secured
    @HttpCache(HttpCache.Scope.PRIVATE)
    public Uni<List<SimilarAppeal>> similar(@Valid @BeanParam NearbyParams params) {
        return map.similar(params);
    }
}
