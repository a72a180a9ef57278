package ru.otklik.appeals.dto;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Where and what {@code GET /api/v1/appeals/nearby} looks for: a point and a radius, or a box; the other filters are
 * optional and combined with AND. The limits that are configuration (largest radius, largest box) are checked by the
 * service.
 */
public class NearbyParams {

    public static final String BBOX = "^-?[0-9]{1,3}(\\.[0-9]{1,15})?(,-?[0-9]{1,3}(\\.[0-9]{1,15})?){3}$";

    @RestQuery
    @DecimalMin("-90") @DecimalMax("90")
    @Parameter(description = "Latitude of the point (with lon and radius)", example = "52.2870")
    public Double lat;

    @RestQuery
    @DecimalMin("-180") @DecimalMax("180")
    @Parameter(description = "Longitude of the point (with lat and radius)", example = "104.2810")
    public Double lon;

    @RestQuery
    @Min(1)
    @Parameter(description = "Radius around the point in metres (default 1000, at most otklik.nearby.max-radius)", example = "1000")
    public Integer radius;

    @RestQuery
    @Pattern(regexp = BBOX)
    @Parameter(description = "Instead of a point: minLon,minLat,maxLon,maxLat (west, south, east, north)",
            example = "104.25,52.27,104.32,52.30", schema = @Schema(type = SchemaType.STRING, pattern = BBOX))
    public String bbox;

    @RestQuery
    @Positive
    @Parameter(description = "A category and its subcategories", example = "45")
    public Long category;

    @RestQuery
    @Pattern(regexp = "^(open|closed)$")
    @Parameter(description = "open: registered, in progress or redirected; closed: answered or closed. Default: both",
            schema = @Schema(enumeration = { "open", "closed" }))
    public String state;

    @RestQuery
    @Parameter(description = "Filed on or after this day", example = "2026-03-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public LocalDate from;

    @RestQuery
    @Parameter(description = "Filed on or before this day", example = "2026-03-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public LocalDate to;

    @RestQuery
    @Min(0) @Max(20)
    @Parameter(description = "Ask for clusters at this web-map zoom level: counts per grid cell (a tile cut in 8x8). "
            + "Without it, markers; clusters at a zoom that fits the area when there are more than otklik.nearby.max-markers",
            example = "12")
    public Integer zoom;

    @RestQuery
    @Size(max = 2000)
    @Parameter(description = "Only for …/nearby/similar: the text about to be filed, to rank likely duplicates",
            example = "Яма на дороге у дома 12")
    public String text;
}
