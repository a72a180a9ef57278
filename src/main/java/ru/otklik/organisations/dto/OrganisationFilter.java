package ru.otklik.organisations.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Filters of {@code GET /api/v1/organisations}; all optional, combined with AND. */
public class OrganisationFilter {

    @RestQuery
    @Size(max = 200)
    @Parameter(description = "Full-text search with Russian morphology and prefix matching (больниц → «Городская больница № 1»); an INN or OGRN finds exactly", example = "больница")
    public String q;

    @RestQuery
    @Pattern(regexp = "FEDERAL_BODY|REGIONAL_BODY|LOCAL_GOVERNMENT|INSTITUTION")
    @Parameter(schema = @Schema(enumeration = { "FEDERAL_BODY", "REGIONAL_BODY", "LOCAL_GOVERNMENT", "INSTITUTION" }))
    public String kind;

    @RestQuery
    @Pattern(regexp = "[0-9]{2,11}", message = "{otklik.oktmo-prefix}")
    @Parameter(description = "OKTMO prefix: 25701 finds everything in Irkutsk city", example = "25701")
    public String oktmo;

    @RestQuery
    @Positive
    @Parameter(description = "Handles this category (or one of its parent categories)")
    public Long category;

    @RestQuery
    @Parameter(description = "Only verified (true) or only unverified (false) pages")
    public Boolean verified;

    @RestQuery
    @Positive
    @Parameter(description = "Direct subordinates of this organisation")
    public Long parent;
}
