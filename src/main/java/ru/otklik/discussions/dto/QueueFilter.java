package ru.otklik.discussions.dto;

import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** Filters of the moderation queue; an organisation's administrator sees only their organisations' discussions. */
public class QueueFilter {

    @RestQuery
    @Positive
    @Parameter(description = "Comments of this discussion only")
    public Long discussion;

    @RestQuery
    @Positive
    @Parameter(description = "Comments of this organisation's discussions only")
    public Long organisation;
}
