package ru.otklik.webhooks.dto;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Filter of {@code GET /api/v1/webhooks/{id}/deliveries}. */
public class DeliveryFilter {

    @RestQuery
    @Pattern(regexp = "PENDING|SUCCEEDED|DEAD")
    @Parameter(description = "Only deliveries in this status")
    public String status;
}
