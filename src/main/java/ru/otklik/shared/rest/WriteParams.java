package ru.otklik.shared.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestHeader;

import ru.otklik.shared.action.WriteRequest;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.idempotency.Idempotency;

/** What every creating write endpoint takes besides its body ({@code @BeanParam}): its Idempotency-Key. */
public class WriteParams {

    public static final String IDEMPOTENCY_KEY = "A unique key per intended write (e.g. a UUID): a retry with the same key and "
            + "body returns the first response (Idempotent-Replayed: true); honoured for 24 h";
    public static final String IDEMPOTENCY_KEY_EXAMPLE = "6f1d0c1e-0b8a-4c55-9d3e-2f7b1c9a0e11";

    @RestHeader(Idempotency.HEADER)
    @Parameter(description = IDEMPOTENCY_KEY, example = IDEMPOTENCY_KEY_EXAMPLE, schema = @Schema(type = SchemaType.STRING, pattern = Idempotency.KEY_PATTERN))
    public String idempotencyKey;

    @Context
    public UriInfo uri;

    @Context
    public Request http;

    /** The request for the kit; a 400 naming the header when the key is malformed. */
    public WriteRequest request() {
        return new WriteRequest(http.getMethod(), uri.getPath(), null, null, Idempotency.checkKey(idempotencyKey));
    }

    public Response respond(Written<?> written) {
        return Responses.written(written, uri);
    }
}
