package ru.otklik.discussions.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Filters of {@code GET /api/v1/discussions}; all optional, combined with AND. Newest first. */
public class DiscussionFilter {

    @RestQuery
    @Positive
    @Parameter(description = "Owned by this organisation")
    public Long organisation;

    @RestQuery
    @Pattern(regexp = "OPEN|CLOSED")
    @Parameter(description = "As readers see it: a discussion whose openUntil has passed is CLOSED", schema = @Schema(enumeration = { "OPEN", "CLOSED" }))
    public String status;

    @RestQuery
    @Pattern(regexp = "[0-9]{2,11}", message = "{otklik.oktmo-prefix}")
    @Parameter(description = "Open to residents of this place (its OKTMO code): the region's, the municipality's, ...", example = "25701000001")
    public String oktmo;

    @RestQuery
    @Size(max = 200)
    @Parameter(description = "Full-text search over title and body, Russian morphology, prefixes", example = "сквер")
    public String q;
}
