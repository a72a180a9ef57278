package ru.otklik.shared.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The one idiom for "created": 201, {@code Location} of the new resource, and its representation. */
public final class Created {

    private Created() {
    }

    public static Response at(UriInfo uri, Object id, Object body) {
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(id)).build()).entity(body).build();
    }
}
