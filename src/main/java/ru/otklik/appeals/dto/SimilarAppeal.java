package ru.otklik.appeals.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SimilarAppeal", description = "An open appeal that may report the same problem: support it instead of filing anew",
        requiredProperties = { "marker", "distance", "score" })
public record SimilarAppeal(
        NearbyView.Marker marker,
        @Schema(description = "Metres from the point", example = "35") int distance,
        @Schema(description = "How alike the texts are (0 when no word is shared); the list is sorted by it, then by distance",
                example = "0.4") double score,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The beginning of its text: only when the caller may see the appeal (their own)",
                example = "Большая яма на проезжей части у дома 12") String excerpt) {
}
