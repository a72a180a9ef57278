package ru.otklik.appeals.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

import ru.otklik.appeals.AppealStatus;

/** Filters of {@code GET /api/v1/appeals}; all optional, combined with AND. */
public class AppealFilter {

    private static final String STATUSES = "SUBMITTED|REJECTED|REGISTERED|IN_PROGRESS|REDIRECTED|ANSWERED|CLOSED|WITHDRAWN";

    @RestQuery
    @Parameter(description = "Whose appeals: own (filed by me), entered (filed by me as an operator), inbox (of my organisations), all (moderators). Default: all I may see.",
            schema = @Schema(enumeration = { "own", "entered", "inbox", "all" }))
    @Pattern(regexp = "own|entered|inbox|all")
    public String scope;

    @RestQuery
    @Parameter(description = "One or more statuses (repeat the parameter)", schema = @Schema(type = SchemaType.ARRAY, implementation = AppealStatus.class))
    public List<@Pattern(regexp = STATUSES) String> status;

    @RestQuery
    @Positive
    public Long category;

    @RestQuery
    @Positive
    public Long organisation;

    @RestQuery
    @Pattern(regexp = "PORTAL|WIDGET|MOBILE|CONTACT_CENTER|MFC|OPEN311")
    @Parameter(schema = @Schema(enumeration = { "PORTAL", "WIDGET", "MOBILE", "CONTACT_CENTER", "MFC", "OPEN311" }))
    public String channel;

    @RestQuery
    @Parameter(description = "Not answered by the end of the due date")
    public Boolean overdue;

    @RestQuery
    @Parameter(description = "Priority topics (servicemen and their families)")
    public Boolean priority;

    @RestQuery
    @Parameter(description = "Due dates counted over a provisional year of the production calendar (they may still move)")
    public Boolean provisional;

    @RestQuery
    @Parameter(description = "Filed on or after this day (in the region of the handling organisation)", example = "2026-03-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public LocalDate from;

    @RestQuery
    @Parameter(description = "Filed on or before this day (in the region of the handling organisation)", example = "2026-03-31",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public LocalDate to;

    @RestQuery
    @Size(max = 200)
    @Parameter(description = "Full-text search over text and address, Russian morphology, prefixes", example = "яма Ленина")
    public String q;

    @RestQuery
    @Pattern(regexp = "newest|due")
    @Parameter(description = "newest (default; inbox: due) or due: priority first, then the nearest due date",
            schema = @Schema(enumeration = { "newest", "due" }))
    public String sort;
}
