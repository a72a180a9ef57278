package ru.otklik.stats.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import io.smallrye.mutiny.Uni;
import ru.otklik.shared.http.HttpCache;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.stats.dto.AppealStatsView;
import ru.otklik.stats.dto.AppealYearView;
import ru.otklik.stats.dto.StatsParams;
import ru.otklik.stats.service.AppealStatsService;
import ru.otklik.stats.service.AppealYearService;

/** Statistics of appeals: public aggregates for anyone, full figures for officials (their subtree) and moderators. */
@Path("/api/v1/stats/appeals")
@Tag(name = "statistics")
@ProblemResponses.BadRequest
public class StatsResource {

    private static final String ABOUT = """
            Appeals filed from `from` to `to` (days in the region's time zone), filtered, grouped by one or two \
            dimensions; per group: received, registered, rejected, answered, answered on time (count and % of answered \
            plus overdue), overdue now, median and 90th percentile of working days from registration to the answer, \
            mean rating, re-examinations. Anyone gets public aggregates, where a group that pins a single organisation \
            with fewer than 3 appeals is suppressed; an official (OFFICIAL, ORG_ADMIN) gets the full figures of their \
            organisations' subtrees (the default scope; another organisation is a 403); MODERATOR and ADMIN everything. \
            As a spreadsheet with Accept: text/csv: UTF-8 with BOM, a header row; `;` and decimal commas (Russian \
            Excel) by default, `,` and points with Accept-Language: en.""";

    /** The first columns of a table by month (after the byte order mark). */
    private static final String CSV_EXAMPLE = "Месяц;Скрыто (малая группа);Поступило;Зарегистрировано;Отклонено;Дан ответ;Ответ в срок\r\n"
            + "2025-01;нет;588;566;22;554;477\r\n";

    /** JSON and CSV are one operation in OpenAPI: the same words on both methods. */
    private static final String SUMMARY = "Statistics of appeals (JSON or CSV)";

    private final AppealStatsService stats;
    private final AppealYearService years;

    public StatsResource(AppealStatsService stats, AppealYearService years) {
        this.stats = stats;
        this.years = years;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAppealStatistics", summary = SUMMARY, description = ABOUT)
    @APIResponse(responseCode = "200", description = "The groups", content = @Content(schema = @Schema(implementation = AppealStatsView.class)))
    @APIResponse(responseCode = "403", description = "An official asked about an organisation outside their subtree",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<AppealStatsView> appeals(@Valid @BeanParam StatsParams params) {
        return stats.appeals(params);
    }

    @GET
    @Produces(StatsCsv.MEDIA_TYPE)
    @Operation(operationId = "getAppealStatistics", summary = SUMMARY, description = ABOUT)
    @APIResponse(responseCode = "200", description = "The groups, one per row",
            content = @Content(mediaType = StatsCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING), example = CSV_EXAMPLE))
    public Uni<Response> appealsCsv(@Valid @BeanParam StatsParams params, @Context HttpHeaders headers) {
        return stats.appeals(params).map(view -> StatsCsv.response(view, headers));
    }

    @GET
    @Path("/summary")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAppealYearSummary", summary = "A year of appeals as the annual report tells it", description = """
            Public. The total, the top-level topics with their shares, priority appeals (servicemen and their \
            families) with their on-time share, the channels, and how fast answers came. Computed at most once a \
            minute per instance (`otklik.stats.summary-keep-for`), and cacheable by anyone (ETag, Cache-Control \
            public).""")
    @APIResponse(responseCode = "200", description = "The year", content = @Content(schema = @Schema(implementation = AppealYearView.class)))
    @HttpCache(HttpCache.Scope.PUBLIC)
    public Uni<AppealYearView> summary(
            @RestQuery @NotNull @Min(2000) @Max(2100) @Parameter(description = "The year of filing", example = "2025") Integer year) {
        return years.year(year);
    }
}
