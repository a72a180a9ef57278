package ru.otklik.calendar.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.smallrye.mutiny.Uni;
import ru.otklik.calendar.dto.CalendarInput;
import ru.otklik.calendar.dto.CalendarView;
import ru.otklik.calendar.dto.XmlSource;
import ru.otklik.calendar.service.CalendarService;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.Responses;

/** The production calendar: {@code GET} for anyone, {@code PUT} of a whole year for an ADMIN. */
@Path("/api/v1/calendar")
@Tag(name = "calendar")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

    static final String XML_EXAMPLE = """
            <calendar year="2027" lang="ru" date="2026.09.17">
              <holidays><holiday id="1" title="Новогодние каникулы"/><holiday id="2" title="Рождество Христово"/></holidays>
              <days><day d="01.01" t="1" h="1"/><day d="01.07" t="1" h="2"/><day d="02.20" t="3"/><day d="02.22" t="1" f="02.20"/></days>
            </calendar>""";

    /** One operation in OpenAPI for both bodies: the same words for both methods. */
    static final String REPLACE = "Replace a year (JSON or xmlcalendar)";
    static final String REPLACE_DESCRIPTION = """
            Role: ADMIN. The whole year, either as JSON in the shape GET answers, or as an xmlcalendar document \
            (application/xml or text/xml, at most 64 KB; t=1 a day off, a public holiday when it is one; t=2 a \
            shortened working day; t=3 a worked Saturday or Sunday) with what it does not say as query parameters \
            (status, decreeNumber, decreeDate, url, draftReference, basis: for xmlcalendar only). No DTD and no \
            entities are accepted. Checked before anything changes; new deadlines count on it at once in every \
            instance, and running deadlines counted on provisional data are counted again, each in its appeal's history.""";

    private final CalendarService service;

    public CalendarResource(CalendarService service) {
        this.service = service;
    }

    @GET
    @Path("/{year}")
    @Operation(operationId = "getCalendarYear", summary = "A year of the production calendar", description = """
            Public. The public holidays and days off, the worked Saturdays and Sundays, the shortened pre-holiday days, \
            the totals, and what the year rests on: OFFICIAL (the Government decree: number, date, where published) or \
            PROVISIONAL (the Labour Code and transfers not checked against a decree; deadlines counted on it may move).""")
    @APIResponse(responseCode = "200", description = "The year; ETag carries its version",
            content = @Content(schema = @Schema(implementation = CalendarView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<Response> get(@RestPath @Min(YearParams.FIRST_YEAR) @Max(YearParams.LAST_YEAR) int year) {
        return service.get(year).map(Responses::ok);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @Operation(operationId = "replaceCalendarYear", summary = REPLACE, description = REPLACE_DESCRIPTION)
    @YearWritten
    @ProblemResponses.Secured
    public Uni<Response> replace(@Valid @BeanParam YearParams params, @Valid @NotNull CalendarInput input) {
        return service.replace(params.request(), params.year, input).map(params::respond);
    }

    @PUT
    @Path("/{year}")
    @Consumes({ MediaType.APPLICATION_XML, MediaType.TEXT_XML })
    @RolesAllowed(PlatformRole.ADMIN_NAME)
    @Operation(operationId = "replaceCalendarYear", summary = REPLACE, description = REPLACE_DESCRIPTION)
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_XML,
            schema = @Schema(type = SchemaType.STRING), example = XML_EXAMPLE))
    @APIResponse(responseCode = "413", description = "The document is larger than allowed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @YearWritten
    @ProblemResponses.Secured
    public Uni<Response> replaceXml(@Valid @BeanParam YearParams params, @Valid @BeanParam XmlSource source, byte[] document) {
        return service.replaceXml(params.request(), params.year, source, document).map(params::respond);
    }
}
