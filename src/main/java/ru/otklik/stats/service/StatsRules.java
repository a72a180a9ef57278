package ru.otklik.stats.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.otklik.appeals.Channel;
import ru.otklik.appeals.dto.StatsDimension;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.stats.dto.StatsParams;
import ru.otklik.stats.dto.StatsRequest;

/**
 * The rules of statistics, each written once and free of I/O: what a valid request is, which groups are suppressed
 * in public, and how figures are rounded.
 */
@ApplicationScoped
public class StatsRules {

    /** One or two dimensions: a table a person can read; more is a data export, which this is not. */
    static final int MAX_GROUP_BY = 2;

    private final int maxRangeYears;
    private final int smallestPublicGroup;
    private final int maxGroups;

    @Inject
    public StatsRules(OtklikConfig config) {
        this(config.stats().maxRangeYears(), config.stats().smallestPublicGroup(), config.stats().maxGroups());
    }

    public StatsRules(int maxRangeYears, int smallestPublicGroup, int maxGroups) {
        this.maxRangeYears = maxRangeYears;
        this.smallestPublicGroup = smallestPublicGroup;
        this.maxGroups = maxGroups;
    }

    /** How many rows to read: one more than an answer may have, so that too many can be told from just enough. */
    public int rowsToRead() {
        return maxGroups + 1;
    }

    /** The groups as counted, or a 400 asking for a narrower request when there are more than an answer may have. */
    public <T> List<T> bounded(List<T> groups) {
        if (groups.size() > maxGroups) {
            throw ApiException.invalid("groupBy", "stats.group-by.too-many-groups", maxGroups);
        }
        return groups;
    }

    /** The request, or a 400 naming every wrong field at once. Bean validation has checked the simple ones. */
    public StatsRequest parse(StatsParams params) {
        List<Violation> violations = new ArrayList<>();
        LocalDate from = date("from", params.from, violations);
        LocalDate to = date("to", params.to, violations);
        if (from != null && to != null) {
            if (from.isAfter(to)) {
                violations.add(new Violation("to", "stats.range.order"));
            } else if (to.isAfter(from.plusYears(maxRangeYears).minusDays(1))) {
                violations.add(new Violation("to", "stats.range.too-long", maxRangeYears));
            }
        }
        boolean subtree = Boolean.parseBoolean(params.subtree);
        if (subtree && params.organisation == null) {
            violations.add(new Violation("subtree", "stats.subtree.without-organisation"));
        }
        List<StatsDimension> groupBy = groupBy(params.groupBy, violations);
        if (!violations.isEmpty()) {
            throw ApiException.invalid(violations);
        }
        return new StatsRequest(from, to, params.organisation, subtree, params.category,
                params.channel == null ? null : Channel.valueOf(params.channel), params.oktmo,
                params.priority == null ? null : Boolean.valueOf(params.priority), groupBy);
    }

    /**
     * Whether a group's figures are hidden from the public: the request pins a single organisation (grouped by
     * organisation, or filtered to one) and the group has one or two appeals, few enough for a neighbour to know
     * whose they are. An empty group hides nobody.
     */
    public boolean suppressed(boolean pinsOneOrganisation, long received) {
        return pinsOneOrganisation && received > 0 && received < smallestPublicGroup;
    }

    /**
     * "Below the level of a single organisation": every group of the answer holds appeals of one organisation only,
     * because it is grouped by organisation or the filter leaves one organisation (one without subtree, or a subtree
     * that is that organisation alone).
     */
    public static boolean pinsOneOrganisation(List<StatsDimension> groupBy, List<Long> organisationIds) {
        return groupBy.contains(StatsDimension.ORGANISATION) || organisationIds != null && organisationIds.size() == 1;
    }

    /** part / whole × 100 with one decimal; null when there is no whole. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    public static BigDecimal rounded(Double value, int scale) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
    }

    private static LocalDate date(String field, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(new Violation(field, "stats.date.required"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "stats.date.format"));
            return null;
        }
    }

    private static List<StatsDimension> groupBy(List<String> values, List<Violation> violations) {
        List<StatsDimension> dimensions = new ArrayList<>();
        if (values == null) {
            return dimensions;
        }
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                StatsDimension dimension = StatsDimension.byParam(name.strip()).orElse(null);
                if (dimension == null) {
                    violations.add(new Violation("groupBy", "stats.group-by.unknown", name.strip(), StatsDimension.params()));
                } else if (dimensions.contains(dimension)) {
                    violations.add(new Violation("groupBy", "stats.group-by.repeated", name.strip()));
                } else {
                    dimensions.add(dimension);
                }
            }
        }
        if (dimensions.size() > MAX_GROUP_BY) {
            violations.add(new Violation("groupBy", "stats.group-by.too-many", MAX_GROUP_BY));
        }
        return dimensions;
    }
}
