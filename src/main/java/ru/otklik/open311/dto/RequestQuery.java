package ru.otklik.open311.dto;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** The parameters of GeoReport's {@code GET requests}: checked by the service, which answers errors the spec's way. */
public class RequestQuery {

    @RestQuery("service_request_id")
    @Parameter(description = "Comma-separated ids; when given, the other filters are ignored")
    public String serviceRequestId;

    @RestQuery("service_code")
    @Parameter(description = "Comma-separated service codes")
    public String serviceCode;

    @RestQuery("start_date")
    @Parameter(description = "Filed at or after (w3 date-time, e.g. 2026-03-01T00:00:00Z); default: 90 days before end_date")
    public String startDate;

    @RestQuery("end_date")
    @Parameter(description = "Filed at or before; default: now (or 90 days after start_date)")
    public String endDate;

    @RestQuery
    @Parameter(description = "open, closed, or both comma-separated")
    public String status;

    @RestQuery("api_key")
    @Parameter(description = "This deployment's extension: an access token (a partner's or a citizen's); or send it as Authorization: Bearer")
    public String apiKey;

    @RestQuery("jurisdiction_id")
    @Parameter(description = "Accepted and ignored: the endpoint serves one jurisdiction")
    public String jurisdictionId;
}
