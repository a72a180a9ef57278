package ru.otklik.polls.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.AudienceKind;

/** Who may vote: the organisation's whole region, or people registered under one of the OKTMO prefixes. */
@Schema(name = "PollAudienceInput")
public record AudienceInput(
        @NotNull @Schema(example = "OKTMO") AudienceKind kind,
        @Size(max = 50) @Schema(description = "OKTMO only: prefixes of 2 to 11 digits within the organisation's region", example = "[\"25701\"]")
        List<@NotNull @Size(max = 11, message = "{otklik.oktmo-prefix}") @Pattern(regexp = "[0-9]{2,11}", message = "{otklik.oktmo-prefix}") String> oktmoPrefixes) {
}
