package ru.otklik.shared.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** {@code ?limit=&cursor=} of every list, validated where it is declared. */
public class PageRequest {

    @RestQuery
    @DefaultValue("20")
    @Min(value = 1, message = "{paging.limit.range}")
    @Max(value = 100, message = "{paging.limit.range}")
    @Parameter(description = "Page size, 1..100")
    public int limit;

    @RestQuery
    @Parameter(description = "nextCursor of the previous page")
    public String cursor;

    public static PageRequest of(int limit, String cursor) {
        PageRequest request = new PageRequest();
        request.limit = limit;
        request.cursor = cursor;
        return request;
    }
}
