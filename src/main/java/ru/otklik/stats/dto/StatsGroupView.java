package ru.otklik.stats.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The figures of one group; every figure is null when the group is suppressed. */
@Schema(name = "StatsGroup", description = "Figures of one group of appeals (see the README for each definition); a suppressed group has "
        + "its key and no figures", requiredProperties = { "key", "suppressed" })
public record StatsGroupView(
        @Schema(description = "The group's value of each groupBy dimension, in groupBy order; empty for the total") List<GroupKeyView> key,
        @Schema(description = "Fewer than 3 appeals in a group that pins a single organisation, shown publicly: figures hidden")
        boolean suppressed,
        @Schema(description = "Appeals filed in the period", example = "588") Long received,
        @Schema(description = "Of them, registered by moderation", example = "566") Long registered,
        @Schema(description = "Rejected by moderation", example = "22") Long rejected,
        @Schema(description = "Answered (the latest answer stands)", example = "554") Long answered,
        @Schema(description = "Answered before the end of the due date", example = "477") Long answeredOnTime,
        @Schema(description = "answeredOnTime / (answered + overdueNow) × 100, one decimal; null without either", example = "87.5")
        BigDecimal answeredOnTimePercent,
        @Schema(description = "Not answered, and the due date is over", example = "7") Long overdueNow,
        @Schema(description = "Median of the working days from registration to the answer", example = "3.5")
        BigDecimal medianAnswerDays,
        @Schema(description = "90th percentile (interpolated) of the working days from registration to the answer", example = "9.1")
        BigDecimal p90AnswerDays,
        @Schema(description = "Mean rating of the answers, 1..5, two decimals", example = "4.25") BigDecimal meanRating,
        @Schema(description = "Answers rated", example = "348") Long ratings,
        @Schema(description = "Re-examined at the author's request", example = "16") Long reopened) {

    public static StatsGroupView suppressed(List<GroupKeyView> key) {
        return new StatsGroupView(key, true, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
