package ru.otklik.open311.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.smallrye.mutiny.Uni;
import ru.otklik.open311.dto.RequestQuery;
import ru.otklik.open311.service.Open311Catalogue;
import ru.otklik.open311.service.Open311Filing;
import ru.otklik.open311.service.Open311Reading;
import ru.otklik.shared.db.DatabaseOutage;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.Languages;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.shared.rest.WriteParams;

/**
 * Open311 GeoReport v2 under {@code /open311/v2}: discovery, services, service definitions, and service requests
 * (the platform's appeals), each as {@code .json} or {@code .xml}. Errors here are the specification's error lists,
 * not problem+json. See the README for the parts supported.
 */
@Path("/open311/v2")
@Tag(name = "open311")
@Produces(MediaType.WILDCARD)
public class Open311Resource {

    private static final Logger LOG = Logger.getLogger(Open311Resource.class);
    private static final String FORMAT = "{format: [A-Za-z0-9]+}";

    private final Open311Catalogue catalogue;
    private final Open311Filing filing;
    private final Open311Reading reading;
    private final Open311Formats formats;
    private final DatabaseOutage outage;

    public Open311Resource(Open311Catalogue catalogue, Open311Filing filing, Open311Reading reading, Open311Formats formats,
            DatabaseOutage outage) {
        this.catalogue = catalogue;
        this.filing = filing;
        this.reading = reading;
        this.formats = formats;
        this.outage = outage;
    }

    @GET
    @Path("/discovery." + FORMAT)
    @Operation(operationId = "getOpen311Discovery", summary = "Service discovery", description = "The endpoint, its specification and formats.")
    @APIResponse(responseCode = "200", description = "discovery", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), example = Open311Examples.DISCOVERY_JSON),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING), example = Open311Examples.DISCOVERY_XML) })
    public Response discovery(@RestPath String format, @Context UriInfo uri, @Context HttpHeaders headers) {
        return formats.write(checked(format), 200, catalogue.discovery(uri.getBaseUri() + "open311/v2", locale(headers)));
    }

    @GET
    @Path("/services." + FORMAT)
    @Operation(operationId = "listOpen311Services", summary = "Services", description = "Every active category as a service; group is its top category.")
    @APIResponse(responseCode = "200", description = "services", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = Open311Examples.SERVICES_JSON),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING), example = Open311Examples.SERVICES_XML) })
    public Uni<Response> services(@RestPath String format, @Context HttpHeaders headers) {
        String checked = checked(format);
        return catalogue.list(locale(headers)).map(document -> formats.write(checked, 200, document));
    }

    @GET
    @Path("/services/{code}." + FORMAT)
    @Operation(operationId = "getOpen311Service", summary = "Service definition", description = "Its attribute oktmo, the municipality that decides who handles a request.")
    @APIResponse(responseCode = "200", description = "service_definition", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT), example = Open311Examples.DEFINITION_JSON),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING), example = Open311Examples.DEFINITION_XML) })
    @APIResponse(responseCode = "404", description = "No such service_code")
    public Uni<Response> service(@RestPath String code, @RestPath String format, @Context HttpHeaders headers) {
        String checked = checked(format);
        return catalogue.definition(code, locale(headers)).map(document -> formats.write(checked, 200, document));
    }

    @POST
    @Path("/requests." + FORMAT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(operationId = "postOpen311Request", summary = "Create a service request", description = """
            Form fields: api_key (an access token: a citizen's own, or a partner's filing for a citizen given by \
            first_name, last_name and phone), service_code, lat and long or address_string, description, media_url, \
            attribute[oktmo]. Filed as an appeal (channel OPEN311), SUBMITTED for moderation. Idempotency-Key is \
            honoured.""")
    @APIResponse(responseCode = "201", description = "service_requests with the new service_request_id", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = Open311Examples.CREATED_JSON),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING), example = Open311Examples.CREATED_XML) })
    @APIResponse(responseCode = "400", description = "errors: a field is missing or wrong")
    @APIResponse(responseCode = "403", description = "errors: api_key missing or invalid, or not allowed to file this")
    public Uni<Response> create(@RestPath String format,
            @RequestBody(description = "The form's fields; the first value of each name counts", content = @Content(
                    mediaType = MediaType.APPLICATION_FORM_URLENCODED, schema = @Schema(type = SchemaType.OBJECT, properties = {
                            @SchemaProperty(name = "api_key", type = SchemaType.STRING, description = "An access token (or send Authorization: Bearer)",
                                    example = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMDAwMzgwMDEifQ.c2lnbmF0dXJl"),
                            @SchemaProperty(name = "service_code", type = SchemaType.STRING, example = "roads.potholes"),
                            @SchemaProperty(name = "lat", type = SchemaType.STRING, description = "With long, or give address_string", example = "52.287"),
                            @SchemaProperty(name = "long", type = SchemaType.STRING, example = "104.281"),
                            @SchemaProperty(name = "address_string", type = SchemaType.STRING, example = "г. Иркутск, ул. Ленина, 12"),
                            @SchemaProperty(name = "description", type = SchemaType.STRING, description = "10 to 5000 characters",
                                    example = "Большая яма на проезжей части у дома 12 по ул. Ленина, машины объезжают по встречной"),
                            @SchemaProperty(name = "media_url", type = SchemaType.STRING, example = "https://example.org/photos/pothole.jpg"),
                            @SchemaProperty(name = "attribute[oktmo]", type = SchemaType.STRING, description = "The municipality, 8 or 11 digits",
                                    example = "25701000001"),
                            @SchemaProperty(name = "first_name", type = SchemaType.STRING, description = "A partner filing for a citizen", example = "Пётр"),
                            @SchemaProperty(name = "last_name", type = SchemaType.STRING, description = "A partner filing for a citizen", example = "Петров"),
                            @SchemaProperty(name = "phone", type = SchemaType.STRING, description = "A partner filing for a citizen", example = "+79001234567") })))
            String form,
            @BeanParam WriteParams params, @Context HttpHeaders headers) {
        String checked = checked(format);
        return filing.file(params.request(), fields(form), locale(headers)).map(document -> formats.write(checked, 201, document));
    }

    @GET
    @Path("/requests." + FORMAT)
    @Operation(operationId = "listOpen311Requests", summary = "Service requests", description = """
            Those the caller may see (none without api_key), newest first, at most 1000; by default filed within the \
            last 90 days.""")
    @APIResponse(responseCode = "200", description = "service_requests", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = Open311Examples.REQUESTS_JSON),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING), example = Open311Examples.REQUESTS_XML) })
    @APIResponse(responseCode = "400", description = "errors: a parameter is wrong")
    public Uni<Response> requests(@RestPath String format, @BeanParam RequestQuery query, @Context HttpHeaders headers) {
        String checked = checked(format);
        return reading.requests(query, locale(headers)).map(document -> formats.write(checked, 200, document));
    }

    @GET
    @Path("/requests/{id}." + FORMAT)
    @Operation(operationId = "getOpen311Request", summary = "One service request", description = "If the caller may see it.")
    @APIResponse(responseCode = "200", description = "service_requests with one request", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY), example = Open311Examples.REQUESTS_JSON),
            @Content(mediaType = MediaType.TEXT_XML, schema = @Schema(type = SchemaType.STRING), example = Open311Examples.REQUESTS_XML) })
    @APIResponse(responseCode = "404", description = "errors: no such request the caller may see")
    public Uni<Response> request(@RestPath String id, @RestPath String format,
            @RestQuery("api_key") @Parameter(description = "An access token") String apiKey, @Context HttpHeaders headers) {
        String checked = checked(format);
        return reading.request(id, apiKey, locale(headers)).map(document -> formats.write(checked, 200, document));
    }

    @ServerExceptionMapper
    public Response failed(ApiException failure, UriInfo uri, HttpHeaders headers) {
        Response response = formats.error(format(uri), failure, locale(headers));
        return failure.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header(HttpHeaders.RETRY_AFTER, failure.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException failure, UriInfo uri, HttpHeaders headers) {
        return formats.error(format(uri), ApiException.invalid(failure.getConstraintViolations().stream()
                .map(violation -> new ApiException.Violation(violation.getPropertyPath().toString(), "open311.field",
                        violation.getMessage()))
                .toList()), locale(headers));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException failure, UriInfo uri, HttpHeaders headers) {
        int status = failure.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(failure, uri, headers);
        }
        return formats.error(format(uri), new ApiException(ProblemType.forStatus(status) == ProblemType.HTTP
                ? ProblemType.VALIDATION : ProblemType.forStatus(status), "http." + status), locale(headers));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable failure, UriInfo uri, HttpHeaders headers) {
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return failed(api, uri, headers);
            }
        }
        if (DatabaseOutage.isUnavailable(failure)) {
            outage.refused(failure);
            return Response.fromResponse(formats.error(format(uri), new ApiException(ProblemType.SERVICE_UNAVAILABLE,
                    "service-unavailable", outage.retryAfterSeconds()), locale(headers)))
                    .header(HttpHeaders.RETRY_AFTER, outage.retryAfterSeconds()).build();
        }
        String errorId = UUID.randomUUID().toString();
        LOG.errorf(failure, "Unexpected failure %s on %s", errorId, uri.getPath());
        return formats.error(format(uri), new ApiException(ProblemType.INTERNAL, "internal", errorId), locale(headers));
    }

    /** The format of the path; any other than json and xml is an error, answered in JSON. */
    private static String checked(String format) {
        if (!Open311Formats.known(format)) {
            throw ApiException.invalid("format", "open311.format", format);
        }
        return format;
    }

    private static String format(UriInfo uri) {
        return uri.getPath().endsWith(".xml") ? "xml" : "json";
    }

    private static Locale locale(HttpHeaders headers) {
        return Languages.pick(headers.getAcceptableLanguages());
    }

    /**
     * The form's fields, the first value of each, read here rather than by the framework: a malformed form
     * ({@code %zz}, {@code &&=}) is the client's error in GeoReport's format, not a failure of the reader.
     */
    static Map<String, String> fields(String form) {
        Map<String, String> fields = new HashMap<>();
        if (form == null || form.isBlank()) {
            return fields;
        }
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            try {
                String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                if (!name.isEmpty()) {
                    fields.putIfAbsent(name, value);
                }
            } catch (IllegalArgumentException e) {
                throw new ApiException(ProblemType.MALFORMED_BODY, "body.malformed-form");
            }
        }
        return fields;
    }
}
