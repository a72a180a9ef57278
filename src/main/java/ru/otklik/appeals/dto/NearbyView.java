package ru.otklik.appeals.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.AppealStatus;

@Schema(name = "Nearby", description = "Appeals on the map: markers, or clusters when there are too many to show one by one. "
        + "Public and free of personal data: no text, address or author.",
        requiredProperties = { "total", "markers", "clusters" })
public record NearbyView(
        @Schema(description = "Appeals in the area that match", example = "42") int total,
        @Schema(description = "One per appeal, when they are few enough") List<Marker> markers,
        @Schema(description = "Counts per grid cell, when asked for (zoom) or when there are too many markers") List<Cluster> clusters) {

    @Schema(name = "AppealMarker", requiredProperties = { "id", "number", "categoryId", "status", "lat", "lon", "createdOn", "supporters" })
    public record Marker(
            @Schema(description = "Support it with POST /api/v1/appeals/{id}/supporters", example = "123") long id,
            @Schema(example = "38-2026-000123") String number,
            @Schema(example = "45") long categoryId,
            @Schema(example = "Ямы на дорогах") String category,
            AppealStatus status,
            @Schema(description = "Rounded to 4 decimals (about 10 m)", example = "52.287") double lat,
            @Schema(description = "Rounded to 4 decimals", example = "104.281") double lon,
            @Schema(example = "2026-03-02") LocalDate createdOn,
            @Schema(description = "People who said \"me too\"", example = "3") int supporters) {
    }

    @Schema(name = "AppealCluster", requiredProperties = { "lat", "lon", "count" })
    public record Cluster(
            @Schema(description = "The mean position of its appeals, rounded", example = "52.2865") double lat,
            @Schema(example = "104.2798") double lon,
            @Schema(example = "17") int count) {
    }
}
