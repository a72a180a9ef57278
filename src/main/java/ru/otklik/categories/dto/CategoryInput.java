package ru.otklik.categories.dto;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryInput")
public record CategoryInput(
        @NotNull @Size(max = 64) @Pattern(regexp = "[a-z0-9]+([.-][a-z0-9]+)*", message = "{otklik.code}")
        @Schema(example = "roads.potholes") String code,
        @NotBlank @Size(max = 200) @Schema(example = "Ямы на дорогах") String name,
        @Positive @Schema(description = "Absent for a top-level topic", example = "7") Long parentId,
        @NotNull @Min(1) @Max(60) @Schema(example = "10") Integer deadlineDays,
        boolean priority,
        @Schema(description = "A sensitive topic: its appeals never appear on the public map") boolean sensitive) {
}
