package ru.otklik.appeals.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ru.otklik.appeals.Channel;

/**
 * What to count: appeals filed from {@code from} to {@code to} (days in the region of the handling organisation),
 * narrowed by the filters that are not null, grouped by each of the grouping sets (one set for a grouped table, several
 * for a summary; an empty set is the total).
 *
 * @param organisationIds the handling organisations (a subtree already resolved by the directory); null: any
 * @param categoryIds the categories (a subtree already resolved); null: any
 * @param oktmoPrefix the place's OKTMO starts with it; null: anywhere
 * @param topCategories the top-level topic of every category, needed only to group by {@link StatsDimension#TOP_CATEGORY}
 * @param maxRows at most this many rows are read (null: all); one more than wanted tells that there are too many
 */
public record AppealStatsQuery(
        LocalDate from,
        LocalDate to,
        List<Long> organisationIds,
        List<Long> categoryIds,
        Channel channel,
        String oktmoPrefix,
        Boolean priority,
        Map<Long, Long> topCategories,
        List<List<StatsDimension>> groupingSets,
        Integer maxRows) {

    public AppealStatsQuery {
        organisationIds = organisationIds == null ? null : List.copyOf(organisationIds);
        categoryIds = categoryIds == null ? null : List.copyOf(categoryIds);
        topCategories = topCategories == null ? Map.of() : Map.copyOf(topCategories);
        groupingSets = groupingSets.stream().map(List::copyOf).toList();
    }
}
