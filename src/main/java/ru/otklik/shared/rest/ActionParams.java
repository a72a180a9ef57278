package ru.otklik.shared.rest;

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
import ru.otklik.shared.problem.ApiException;

/**
 * What every action endpoint ({@code POST /…/{id}/<action>}) takes besides its body ({@code @BeanParam}): the
 * aggregate's id, If-Match and Idempotency-Key. A resource method is then one line:
 * {@code return service.take(params.request()).map(params::respond);}
 */
public class ActionParams {

    public static final String IF_MATCH = "The ETag (version) the action is meant for, e.g. \"3\"; 409 when it has changed since";
    public static final String IF_MATCH_EXAMPLE = "\"3\"";
    public static final String IF_MATCH_PATTERN = "^(\\*|(W/)?\"?[0-9]{1,9}\"?)$";

    @RestPath
    public long id;

    @RestHeader(HttpHeaders.IF_MATCH)
    @Parameter(description = IF_MATCH, example = IF_MATCH_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = IF_MATCH_PATTERN))
    public String ifMatch;

    @RestHeader(Idempotency.HEADER)
    @Parameter(description = WriteParams.IDEMPOTENCY_KEY, example = WriteParams.IDEMPOTENCY_KEY_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = Idempotency.KEY_PATTERN))
    public String idempotencyKey;

    @Context
    public UriInfo uri;

    @Context
    public Request http;

    /** The request for the kit; a 400 naming the header when If-Match or the key is malformed. */
    public WriteRequest request() {
        return new WriteRequest(http.getMethod(), uri.getPath(), id, version(ifMatch), Idempotency.checkKey(idempotencyKey));
    }

    public Response respond(Written<?> written) {
        return Responses.written(written, uri);
    }

    /** The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or {@code 3}); null without one. */
    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(HttpHeaders.IF_MATCH, "action.if-match.format");
        }
    }
}
