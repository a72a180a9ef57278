package ru.otklik.push.dto;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.push.Platform;

/** A registered device as its owner sees it: never its push token, which only the push gateway needs. */
@Schema(name = "Device", requiredProperties = { "installationId", "platform", "locale", "appVersion", "registeredAt", "updatedAt" })
public record DeviceView(
        @Schema(example = "3f2c9a4e-8d1b-4c7a-9e0f-5b6d7c8e9f01") String installationId,
        @Schema(example = "RUSTORE") Platform platform,
        @Schema(example = "ru") String locale,
        @Schema(example = "2.14.0") String appVersion,
        @Schema(example = "2026-03-02T10:15:30Z") Instant registeredAt,
        @Schema(example = "2026-03-02T10:15:30Z") Instant updatedAt) {
}
