package ru.otklik.stats.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.dto.AppealStatsQuery;
import ru.otklik.appeals.dto.AppealStatsRow;
import ru.otklik.appeals.dto.StatsDimension;
import ru.otklik.appeals.service.AppealFigures;
import ru.otklik.categories.dto.CategoryHierarchy;
import ru.otklik.categories.dto.CategoryView;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.shared.cache.KeptCopies;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.stats.dto.AppealYearView;
import ru.otklik.stats.dto.AppealYearView.ChannelShare;
import ru.otklik.stats.dto.AppealYearView.PriorityFigures;
import ru.otklik.stats.dto.AppealYearView.TopicShare;

/**
 * The year as the annual report tells it, for anyone: region-wide aggregates (no group is below a single
 * organisation, so nothing is suppressed). One statement over appeals with four grouping sets (the total, topics,
 * channels, priority), and one read of the category tree for the topics; the answer is kept per instance for a while.
 */
@ApplicationScoped
public class AppealYearService {

    private static final List<List<StatsDimension>> SETS = List.of(List.of(), List.of(StatsDimension.TOP_CATEGORY),
            List.of(StatsDimension.CHANNEL), List.of(StatsDimension.PRIORITY));

    private final AppealFigures figures;
    private final CategoryService categories;
    private final KeptCopies<Integer, AppealYearView> kept;

    public AppealYearService(AppealFigures figures, CategoryService categories, OtklikConfig config) {
        this.figures = figures;
        this.categories = categories;
        this.kept = new KeptCopies<>(config.stats().summaryKeepFor(), 200);
    }

    /** The year's summary; kept for {@code otklik.stats.summary-keep-for}, so a new appeal shows within that time. */
    public Uni<AppealYearView> year(int year) {
        return kept.get(year, this::compute);
    }

    private Uni<AppealYearView> compute(int year) {
        return categories.hierarchy().chain(hierarchy -> figures
                .count(new AppealStatsQuery(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, null,
                        null, hierarchy.topics(), SETS, null))
                .map(rows -> view(year, rows, hierarchy)));
    }

    private static AppealYearView view(int year, List<AppealStatsRow> rows, CategoryHierarchy hierarchy) {
        AppealStatsRow total = rows.stream().filter(row -> row.key().isEmpty()).findFirst().orElseThrow();
        List<TopicShare> topics = new ArrayList<>();
        Map<Channel, Long> channels = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            channels.put(channel, 0L);
        }
        PriorityFigures priority = new PriorityFigures(0, StatsRules.percent(0, total.received()), 0, 0, null);
        for (AppealStatsRow row : rows) {
            String topic = row.key().get(StatsDimension.TOP_CATEGORY);
            String channel = row.key().get(StatsDimension.CHANNEL);
            String priorityKey = row.key().get(StatsDimension.PRIORITY);
            if (topic != null) {
                CategoryView category = hierarchy.find(Long.parseLong(topic));
                topics.add(new TopicShare(Long.parseLong(topic), category == null ? null : category.code(),
                        category == null ? null : category.name(), row.received(),
                        StatsRules.percent(row.received(), total.received())));
            } else if (channel != null) {
                channels.put(Channel.valueOf(channel), row.received());
            } else if (Boolean.parseBoolean(priorityKey)) {
                priority = new PriorityFigures(row.received(), StatsRules.percent(row.received(), total.received()),
                        row.answered(), row.answeredOnTime(),
                        StatsRules.percent(row.answeredOnTime(), row.answered() + row.overdueNow()));
            }
        }
        topics.sort(Comparator.comparingLong(TopicShare::appeals).reversed().thenComparing(TopicShare::categoryId));
        List<ChannelShare> channelShares = channels.entrySet().stream()
                .map(entry -> new ChannelShare(entry.getKey(), entry.getValue(),
                        StatsRules.percent(entry.getValue(), total.received())))
                .sorted(Comparator.comparingLong(ChannelShare::appeals).reversed())
                .toList();
        return new AppealYearView(year, total.received(), total.registered(), total.answered(), total.answeredOnTime(),
                StatsRules.percent(total.answeredOnTime(), total.answered() + total.overdueNow()), total.overdueNow(),
                StatsRules.rounded(total.medianAnswerDays(), 1), StatsRules.rounded(total.meanRating(), 2), topics,
                priority, channelShares);
    }
}
