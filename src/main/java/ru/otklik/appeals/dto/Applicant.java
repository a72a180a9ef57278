package ru.otklik.appeals.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller of the contact centre or visitor of the MFC. Personal data: shown only to those handling the appeal. */
@Schema(name = "Applicant")
public record Applicant(
        @NotBlank @Size(max = 300) @Schema(example = "Петров Пётр Петрович") String name,
        @NotNull @Pattern(regexp = "\\+7[0-9]{10}", message = "{otklik.phone}") @Schema(example = "+79001234567", maxLength = 12) String phone) {
}
