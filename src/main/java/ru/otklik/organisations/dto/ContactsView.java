package ru.otklik.organisations.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public contacts of an organisation (not personal data). */
@Schema(name = "Contacts")
public record ContactsView(
        @Schema(example = "+73952123456", maxLength = 12) @Pattern(regexp = "\\+7[0-9]{10}", message = "{otklik.phone}") String phone,
        @Schema(example = "info@example.ru") @Email @Size(max = 254) String email,
        @Schema(example = "https://example.ru") @Size(max = 500) @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "{otklik.url}") String website,
        @Schema(example = "https://gosuslugi.ru/life/details/example") @Size(max = 500) @Pattern(regexp = "https?://[^\\s/$.?#][^\\s]*", message = "{otklik.url}") String publicPageUrl) {

    public static final ContactsView NONE = new ContactsView(null, null, null, null);
}
