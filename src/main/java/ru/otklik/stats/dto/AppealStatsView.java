package ru.otklik.stats.dto;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AppealStats", description = "Statistics of appeals filed in a period, per group",
        requiredProperties = { "from", "to", "groupBy", "access", "suppressedGroups", "groups" })
public record AppealStatsView(
        LocalDate from,
        LocalDate to,
        @Schema(description = "The dimensions of each group's key, in order", example = "[\"month\"]") List<String> groupBy,
        @Schema(description = "Which figures the caller gets: PUBLIC (small groups of a single organisation suppressed), "
                + "OWN_ORGANISATIONS (an official: full figures of their organisations' subtrees), EVERYTHING")
        StatsAccess access,
        @Schema(description = "How many groups are suppressed", example = "0") int suppressedGroups,
        @Schema(description = "The groups, ordered by their key") List<StatsGroupView> groups) {

    public AppealStatsView {
        groupBy = List.copyOf(groupBy);
        groups = List.copyOf(groups);
    }
}
