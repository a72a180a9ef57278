package ru.otklik.polls.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.polls.AudienceKind;

@Schema(name = "Audience", description = "Who may vote: a voter's registration OKTMO must start with one of the prefixes (REGION: the region's)")
public record Audience(AudienceKind kind, @Schema(example = "[\"25701\"]") List<String> oktmoPrefixes) {
}
