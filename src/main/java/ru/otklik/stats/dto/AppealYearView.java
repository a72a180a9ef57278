package ru.otklik.stats.dto;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import ru.otklik.appeals.Channel;

/** The year in the words of the annual report: how many, about what, from whom, through which channel, how fast. */
@Schema(name = "AppealYearSummary", description = "A year of appeals as the annual report tells it", requiredProperties = { "year", "total",
        "registered", "answered", "answeredOnTime", "overdueNow", "topics", "priority", "channels" })
public record AppealYearView(
        @Schema(example = "2025") int year,
        @Schema(description = "Appeals filed in the year", example = "35253") long total,
        @Schema(example = "33843") long registered,
        @Schema(example = "33020") long answered,
        @Schema(example = "28700") long answeredOnTime,
        @Schema(description = "answeredOnTime / (answered + overdueNow) × 100", example = "86.9") BigDecimal answeredOnTimePercent,
        @Schema(example = "41") long overdueNow,
        @Schema(description = "Median working days from registration to the answer", example = "3") BigDecimal medianAnswerDays,
        @Schema(example = "3.91") BigDecimal meanRating,
        @Schema(description = "Top-level topics by the number of appeals, largest first") List<TopicShare> topics,
        @Schema(description = "Priority appeals: servicemen and their families") PriorityFigures priority,
        @Schema(description = "Every channel, largest first") List<ChannelShare> channels) {

    public AppealYearView {
        topics = List.copyOf(topics);
        channels = List.copyOf(channels);
    }

    @Schema(name = "TopicShare", requiredProperties = { "categoryId", "appeals" })
    public record TopicShare(
            @Schema(example = "3") long categoryId,
            @Schema(example = "healthcare") String code,
            @Schema(example = "Здравоохранение") String name,
            @Schema(example = "7752") long appeals,
            @Schema(description = "Share of the year's appeals, %", example = "22.0") BigDecimal sharePercent) {
    }

    @Schema(name = "PriorityFigures", requiredProperties = { "appeals", "answered", "answeredOnTime" })
    public record PriorityFigures(
            @Schema(example = "810") long appeals,
            @Schema(example = "2.3") BigDecimal sharePercent,
            @Schema(example = "790") long answered,
            @Schema(example = "683") long answeredOnTime,
            @Schema(example = "86.4") BigDecimal answeredOnTimePercent) {
    }

    @Schema(name = "ChannelShare", requiredProperties = { "channel", "appeals" })
    public record ChannelShare(Channel channel, @Schema(example = "15970") long appeals, @Schema(example = "45.3") BigDecimal sharePercent) {
    }
}
