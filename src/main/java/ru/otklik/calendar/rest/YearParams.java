package ru.otklik.calendar.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.idempotency.Idempotency;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.Responses;
import ru.otklik.shared.rest.WriteParams;

/** What {@code PUT /api/v1/calendar/{year}} takes besides its body: the year, If-Match and Idempotency-Key. */
public class YearParams {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @RestPath
    @Min(FIRST_YEAR)
    @Max(LAST_YEAR)
    @Parameter(description = "The calendar year", example = "2027")
    public int year;

    @RestHeader(HttpHeaders.IF_MATCH)
    @Parameter(description = ActionParams.IF_MATCH, example = ActionParams.IF_MATCH_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = ActionParams.IF_MATCH_PATTERN))
    public String ifMatch;

    @RestHeader(Idempotency.HEADER)
    @Parameter(description = WriteParams.IDEMPOTENCY_KEY, example = WriteParams.IDEMPOTENCY_KEY_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = Idempotency.KEY_PATTERN))
    public String idempotencyKey;

    @Context
    public UriInfo uri;

    @Context
    public Request http;

    /** The request for the kit: the year is the aggregate's id. */
    public WriteRequest request() {
        return new WriteRequest(http.getMethod(), uri.getPath(), (long) year, ActionParams.version(ifMatch),
                Idempotency.checkKey(idempotencyKey));
    }

    public Response respond(Written<?> written) {
        return Responses.put(written, uri);
    }
}
