package ru.otklik.stats.dto;

import java.util.List;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The query of {@code GET /api/v1/stats/appeals} as it arrives. Dates and {@code groupBy} are read by
 * {@code StatsRules}, so that a malformed value is a 400 naming its field like every other mistake.
 */
public class StatsParams {

    @RestQuery
    @Parameter(description = "First day of filing, inclusive, in the region's time zone", required = true, example = "2025-01-01",
            schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @RestQuery
    @Parameter(description = "Last day of filing, inclusive, in the region's time zone; at most 5 years after from",
            required = true, example = "2025-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @RestQuery
    @Positive
    @Parameter(description = "Appeals handled by this organisation (with subtree=true: or by any organisation under it)")
    public Long organisation;

    // true/false as text: a JAX-RS boolean would read any other word as false without a word
    @RestQuery
    @Pattern(regexp = "true|false")
    @Parameter(description = "With organisation: include every organisation under it in the directory's tree",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    public String subtree;

    @RestQuery
    @Positive
    @Parameter(description = "Appeals of this category or any of its subcategories")
    public Long category;

    @RestQuery
    @Pattern(regexp = "PORTAL|WIDGET|MOBILE|CONTACT_CENTER|MFC")
    @Parameter(schema = @Schema(enumeration = { "PORTAL", "WIDGET", "MOBILE", "CONTACT_CENTER", "MFC" }))
    public String channel;

    @RestQuery
    @Pattern(regexp = "[0-9]{2,11}", message = "{otklik.oktmo-prefix}")
    @Parameter(description = "OKTMO prefix of the place: 25701 is Irkutsk city", example = "25701")
    public String oktmo;

    @RestQuery
    @Pattern(regexp = "true|false")
    @Parameter(description = "Only priority appeals (servicemen and their families: true) or only the others (false)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String priority;

    @RestQuery
    @Parameter(description = "One or two of category, topCategory, organisation, channel, status, month, week, oktmo, "
            + "priority (repeat the parameter or separate by commas); none: one total", example = "[\"topCategory\", \"month\"]")
    public List<String> groupBy;
}
