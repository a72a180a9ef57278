package ru.otklik.organisations.dto;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.organisations.Inn;
import ru.otklik.organisations.Ogrn;
import ru.otklik.organisations.OrganisationKind;
import ru.otklik.organisations.Widget;
import ru.otklik.shared.validation.Oktmo;

/** Body of {@code POST} and {@code PUT /api/v1/organisations}: the whole organisation. */
@Schema(name = "OrganisationInput")
public record OrganisationInput(
        @NotNull OrganisationKind kind,
        @NotBlank @Size(max = 500) @Schema(example = "Администрация города Иркутска") String fullName,
        @NotBlank @Size(max = 200) @Schema(example = "Администрация г. Иркутска") String shortName,
        @NotNull @Inn @Schema(description = "10 digits, or 12; the check digits are verified", example = "3808131271",
                maxLength = 12, pattern = "^([0-9]{10}|[0-9]{12})$") String inn,
        @NotNull @Ogrn @Schema(description = "13 digits (ОГРН), or 15 (ОГРНИП); the check digit is verified", example = "1053808211632",
                maxLength = 15, pattern = "^([0-9]{13}|[0-9]{15})$") String ogrn,
        @Pattern(regexp = "[0-9]{1,32}", message = "{otklik.esia-oid}") @Schema(example = "1000038001", maxLength = 32) String esiaOid,
        @NotNull @Pattern(regexp = "[0-9]{2}", message = "{otklik.region}") @Schema(example = "38", maxLength = 2) String regionCode,
        @NotNull @Oktmo @Schema(example = "25701000", maxLength = 11) String oktmo,
        @Positive @Schema(description = "The organisation it is subordinate to", example = "3") Long parentId,
        boolean verified,
        boolean connected,
        @Size(max = 10) Set<@NotNull Widget> widgets,
        @Valid ContactsView contacts,
        @Size(max = 500) @Schema(example = "664025, г. Иркутск, ул. Ленина, 14") String address,
        @Size(max = 1000) @Schema(description = "Ids of the categories it handles", example = "[8, 9]") Set<@NotNull @Positive Long> categoryIds,
        @Schema(description = "Defaults to true; false deactivates") Boolean active) {
}
