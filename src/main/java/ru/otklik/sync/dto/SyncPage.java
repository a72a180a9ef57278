package ru.otklik.sync.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A page of changes in commit order, and where the next sync starts. */
@RegisterForReflection
@Schema(name = "SyncPage", requiredProperties = { "changes", "cursor", "more" })
public record SyncPage(
        List<SyncChange> changes,
        @Schema(description = "Pass it back as ?since= (opaque); always present, also when nothing changed", example = "c3luYx8xMDQ1HzEwNDI") String cursor,
        @Schema(description = "More changes wait: ask again at once with the cursor") boolean more) {
}
