package ru.otklik.discussions.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/** How {@code GET /api/v1/discussions/{id}/comments} orders its threads and how many replies it shows inline. */
public class CommentOrder {

    @RestQuery
    @Pattern(regexp = "newest|oldest|top")
    @Parameter(description = "Top-level comments newest first (default), oldest first, or top: by likes minus dislikes",
            schema = @Schema(enumeration = { "newest", "oldest", "top" }))
    public String order;

    @RestQuery
    @Min(0)
    @Max(20)
    @Parameter(description = "Replies shown inline with each thread, oldest first (default 3); moreReplies continues")
    public Integer replies;

    public String orderOrDefault() {
        return order == null ? "newest" : order;
    }
}
