package ru.otklik.audit.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Filters of {@code GET /api/v1/audit}, all optional, combined with AND. The period is read by the service, so that a
 * malformed time is a 400 naming its field like every other mistake.
 */
public class AuditFilter {

    @RestQuery
    @Size(max = 64)
    @Pattern(regexp = "^[\\x21-\\x7e]+$")
    @Parameter(description = "ESIA oid of who acted", example = "1000100022")
    public String actor;

    @RestQuery
    @Pattern(regexp = "^(organisation|category|routing_rule|partner|webhook|appeal|comment|calendar)$")
    @Parameter(description = "The kind of object acted on", schema = @Schema(type = SchemaType.STRING, enumeration = {
            "organisation", "category", "routing_rule", "partner", "webhook", "appeal", "comment", "calendar" }))
    public String objectType;

    @RestQuery
    @Positive
    @Parameter(description = "The object's id; needs objectType", example = "2")
    public Long objectId;

    @RestQuery
    @Parameter(description = "From this moment, inclusive (ISO 8601 with an offset)", example = "2026-03-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String from;

    @RestQuery
    @Parameter(description = "Until this moment, exclusive (ISO 8601 with an offset)", example = "2026-04-01T00:00:00Z",
            schema = @Schema(type = SchemaType.STRING, format = "date-time"))
    public String to;
}
