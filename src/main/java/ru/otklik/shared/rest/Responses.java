package ru.otklik.shared.rest;

import java.net.URI;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.otklik.shared.action.Outcome;
import ru.otklik.shared.action.Versioned;
import ru.otklik.shared.action.Written;
import ru.otklik.shared.idempotency.Idempotency;

/** The idioms of a response: a read with its ETag, "created" with its Location, and the answer of any kit write. */
public final class Responses {

    private Responses() {
    }

    /** 200 with the body; {@code ETag: "<version>"} when the body carries one. */
    public static Response ok(Object body) {
        return tagged(Response.ok(body), body).build();
    }

    /** 201, {@code Location} of the new resource (the request's path + its id), and its representation. */
    public static Response created(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }

    /**
     * The response of a write: its status; for 201 the {@code Location} of what it made (if it has an address); the
     * body and its ETag when there is one to show; {@code Idempotent-Replayed: true} when it is a retry's replay.
     */
    public static Response written(Written<?> written, UriInfo uri) {
        Long id = written.outcome().resourceId();
        return written(written, id == null ? null : uri.getAbsolutePathBuilder().path(Long.toString(id)).build());
    }

    /**
     * The response of a {@code PUT} to the resource's own address, through the kit: 201 with that address as
     * {@code Location} when it made the resource, 200 when it replaced it; otherwise as {@link #written}.
     */
    public static Response put(Written<?> written, UriInfo uri) {
        return written(written, uri.getAbsolutePath());
    }

    private static Response written(Written<?> written, URI location) {
        Outcome outcome = written.outcome();
        Response.ResponseBuilder response = Response.status(outcome.status());
        if (outcome.created() && location != null) {
            response.location(location);
        }
        if (written.body() != null) {
            tagged(response.entity(written.body()), written.body());
        }
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true").build() : response.build();
    }

    private static Response.ResponseBuilder tagged(Response.ResponseBuilder response, Object body) {
        return body instanceof Versioned versioned
                ? response.tag(new EntityTag(Integer.toString(versioned.version())))
                : response;
    }
}
