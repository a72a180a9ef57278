package ru.otklik.appeals.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.Channel;
import ru.otklik.shared.validation.Oktmo;

/** Body of {@code POST /api/v1/appeals}. Texts are trimmed before they are checked. */
@Schema(name = "AppealInput")
public record AppealInput(
        @NotNull @Positive @Schema(description = "Category id (see /api/v1/categories)", example = "8") Long categoryId,
        @NotNull @Size(min = 10, max = 5000) @Schema(example = "Большая яма на проезжей части у дома 12 по ул. Ленина, машины объезжают по встречной") String text,
        @Size(max = 500) @Schema(example = "г. Иркутск, ул. Ленина, 12") String address,
        @Valid GeoPoint location,
        @Size(max = 2000) @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "{otklik.url}")
        @Schema(description = "A link to a photo kept elsewhere", example = "https://example.org/photos/pothole.jpg") String mediaUrl,
        @Oktmo @Schema(description = "OKTMO of the place; the caller's registration OKTMO when absent", example = "25701000001", maxLength = 11) String oktmo,
        @NotNull @Schema(example = "MOBILE") Channel channel,
        @Positive @Schema(description = "WIDGET only: the organisation whose page the widget is on", example = "12") Long widgetOrganisationId,
        @Valid @Schema(description = "CONTACT_CENTER and MFC only: the person the operator files for") Applicant applicant) {

    public AppealInput {
        text = text == null ? null : text.strip();
        address = address == null || address.isBlank() ? null : address.strip();
    }
}
