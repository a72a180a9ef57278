package ru.otklik.polls.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.AudienceKind;

// named apart from the discussions' Audience: both features have one, and a generated client needs one class for each
@Schema(name = "PollAudience", description = "Who may vote: a voter's registration OKTMO must start with one of the prefixes (REGION: the region's)",
        requiredProperties = { "kind", "oktmoPrefixes" })
public record Audience(@Schema(example = "OKTMO") AudienceKind kind, @Schema(example = "[\"25701\"]") List<String> oktmoPrefixes) {
}
