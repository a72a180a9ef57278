package ru.otklik.partners.dto;

import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST} and {@code PUT /api/v1/partners}: the whole registration. */
@Schema(name = "PartnerInput")
public record PartnerInput(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}", message = "{otklik.client-id}")
        @Schema(description = "The OIDC client id its tokens carry in azp (or client_id)", example = "irkutsk-city-crm", maxLength = 128) String clientId,
        @NotBlank @Size(max = 200) @Schema(example = "CRM администрации г. Иркутска") String displayName,
        @NotEmpty @Size(max = 50) @Schema(description = "Organisations it acts for and sees, each with all its subordinates", example = "[2]")
        Set<@NotNull @Positive Long> organisationIds,
        @NotNull @Min(1) @Max(100000) @Schema(description = "API calls a minute (per instance)", example = "600") Integer requestsPerMinute,
        @Schema(description = "Defaults to true; false suspends the partner: it sees and receives nothing") Boolean active) {

    public PartnerInput {
        displayName = displayName == null ? null : displayName.strip();
    }
}
