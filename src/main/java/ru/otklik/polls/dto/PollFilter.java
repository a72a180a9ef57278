package ru.otklik.polls.dto;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Filters of {@code GET /api/v1/polls}; all optional, combined with AND. */
public class PollFilter {

    @RestQuery
    @Positive
    @Parameter(description = "Polls of this organisation")
    public Long organisation;

    @RestQuery
    @Pattern(regexp = "DRAFT|PUBLISHED|CLOSED")
    @Parameter(description = "As readers see it: a poll whose end has passed is CLOSED. DRAFT: your organisations' drafts",
            schema = @Schema(enumeration = { "DRAFT", "PUBLISHED", "CLOSED" }))
    public String status;

    @RestQuery
    @Pattern(regexp = "[0-9]{8}([0-9]{3})?", message = "{otklik.oktmo}")
    @Parameter(description = "Polls whose audience includes a person registered at this OKTMO", example = "25701000001")
    public String oktmo;

    @RestQuery
    @Parameter(description = "true: accepting ballots now; false: not (yet or any more)")
    public Boolean openNow;

    @RestQuery
    @Size(max = 200)
    @Parameter(description = "Full-text search over title and description, Russian morphology, prefixes", example = "сквер")
    public String q;
}
