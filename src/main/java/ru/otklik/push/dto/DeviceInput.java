package ru.otklik.push.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.push.Platform;

/** What an app says about itself when it registers for pushes (PUT /api/v1/me/devices/{installationId}). */
@Schema(name = "DeviceInput", requiredProperties = { "platform", "token", "locale", "appVersion" })
public record DeviceInput(
        @NotNull @Schema(description = "The push service the device is reached through", example = "RUSTORE") Platform platform,
        @NotBlank @Size(max = 4096) @Pattern(regexp = "^[\\x21-\\x7E]+$", message = "{otklik.push.token}")
        @Schema(description = "The provider's push token of this installation (printable ASCII, no spaces)",
                example = "dQw4w9WgXcQ:APA91bHun4MxP5egoKMwt2KZFBaFUH-1RYqx", maxLength = 4096, pattern = "^[\\x21-\\x7E]+$") String token,
        @NotNull @Pattern(regexp = "^(ru|en)$", message = "{otklik.push.locale}")
        @Schema(description = "The language of the texts of its pushes", example = "ru", maxLength = 2, pattern = "^(ru|en)$") String locale,
        @NotBlank @Size(max = 32) @Pattern(regexp = "^[0-9A-Za-z][0-9A-Za-z.+_-]*$", message = "{otklik.push.app-version}")
        @Schema(description = "The app's version", example = "2.14.0", maxLength = 32, pattern = "^[0-9A-Za-z][0-9A-Za-z.+_-]*$") String appVersion) {
}
