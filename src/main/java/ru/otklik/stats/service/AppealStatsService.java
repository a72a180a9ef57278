package ru.otklik.stats.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.dto.AppealStatsQuery;
import ru.otklik.appeals.dto.AppealStatsRow;
import ru.otklik.appeals.dto.StatsDimension;
import ru.otklik.appeals.service.AppealFigures;
import ru.otklik.categories.dto.CategoryHierarchy;
import ru.otklik.categories.dto.CategoryView;
import ru.otklik.categories.service.CategoryService;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.stats.dto.AppealStatsView;
import ru.otklik.stats.dto.GroupKeyView;
import ru.otklik.stats.dto.StatsAccess;
import ru.otklik.stats.dto.StatsGroupView;
import ru.otklik.stats.dto.StatsParams;
import ru.otklik.stats.dto.StatsRequest;
import ru.otklik.stats.service.StatsAudiences.Audience;

/**
 * Statistics of appeals on demand: checks the request, decides whose figures the caller gets, resolves the
 * directory's subtrees into ids, has the appeals feature count (one statement), then names the groups and hides the
 * small public ones. Reads only, outside any transaction.
 */
@ApplicationScoped
public class AppealStatsService {

    private final AppealFigures figures;
    private final StatsAudiences audiences;
    private final StatsRules rules;
    private final CallerResolver callers;
    private final CategoryService categories;
    private final OrganisationService organisations;

    public AppealStatsService(AppealFigures figures, StatsAudiences audiences, StatsRules rules, CallerResolver callers,
            CategoryService categories, OrganisationService organisations) {
        this.figures = figures;
        this.audiences = audiences;
        this.rules = rules;
        this.callers = callers;
        this.categories = categories;
        this.organisations = organisations;
    }

    public Uni<AppealStatsView> appeals(StatsParams params) {
        StatsRequest request = rules.parse(params);
        return audiences.of(callers.current()).chain(audience -> audiences.organisations(request, audience)
                .chain(organisationIds -> hierarchy(request).chain(hierarchy -> {
                    AppealStatsQuery query = new AppealStatsQuery(request.from(), request.to(), organisationIds,
                            categoryIds(request, hierarchy), request.channel(), request.oktmo(), request.priority(),
                            request.groupBy().contains(StatsDimension.TOP_CATEGORY) ? hierarchy.topics() : null,
                            List.of(request.groupBy()), rules.rowsToRead());
                    return figures.count(query).map(rules::bounded).chain(rows -> names(request, rows).map(names -> view(request, audience,
                            StatsRules.pinsOneOrganisation(request.groupBy(), organisationIds), rows, hierarchy, names)));
                })));
    }

    /** The category tree, read only when the request filters or groups by category. */
    private Uni<CategoryHierarchy> hierarchy(StatsRequest request) {
        boolean needed = request.category() != null || request.groupBy().contains(StatsDimension.CATEGORY)
                || request.groupBy().contains(StatsDimension.TOP_CATEGORY);
        return needed ? categories.hierarchy() : Uni.createFrom().nullItem();
    }

    private static List<Long> categoryIds(StatsRequest request, CategoryHierarchy hierarchy) {
        if (request.category() == null) {
            return null;
        }
        List<Long> subtree = hierarchy.subtree(request.category());
        if (subtree.isEmpty()) {
            throw ApiException.invalid("category", "stats.category.unknown", Long.toString(request.category()));
        }
        return subtree;
    }

    /** Short names of the organisations the groups are keyed by; one directory read, only when grouped by them. */
    private Uni<Map<Long, String>> names(StatsRequest request, List<AppealStatsRow> rows) {
        if (!request.groupBy().contains(StatsDimension.ORGANISATION)) {
            return Uni.createFrom().item(Map.of());
        }
        Set<Long> ids = rows.stream().map(row -> row.key().get(StatsDimension.ORGANISATION))
                .filter(id -> id != null).map(Long::valueOf).collect(Collectors.toSet());
        return organisations.shortNames(ids);
    }

    private AppealStatsView view(StatsRequest request, Audience audience, boolean pinsOneOrganisation,
            List<AppealStatsRow> rows, CategoryHierarchy hierarchy, Map<Long, String> names) {
        boolean hideSmall = audience.access() == StatsAccess.PUBLIC;
        List<StatsGroupView> groups = new ArrayList<>();
        int suppressed = 0;
        for (AppealStatsRow row : rows) {
            List<GroupKeyView> key = request.groupBy().stream()
                    .map(dimension -> key(dimension, row.key().get(dimension), hierarchy, names))
                    .toList();
            if (hideSmall && rules.suppressed(pinsOneOrganisation, row.received())) {
                groups.add(StatsGroupView.suppressed(key));
                suppressed++;
            } else {
                groups.add(figures(key, row));
            }
        }
        return new AppealStatsView(request.from(), request.to(),
                request.groupBy().stream().map(StatsDimension::param).toList(), audience.access(), suppressed, groups);
    }

    private static GroupKeyView key(StatsDimension dimension, String value, CategoryHierarchy hierarchy,
            Map<Long, String> names) {
        String label = switch (dimension) {
            case CATEGORY, TOP_CATEGORY -> {
                CategoryView category = value == null ? null : hierarchy.find(Long.parseLong(value));
                yield category == null ? null : category.name();
            }
            case ORGANISATION -> value == null ? null : names.get(Long.valueOf(value));
            default -> null;
        };
        return new GroupKeyView(dimension.param(), value, label);
    }

    static StatsGroupView figures(List<GroupKeyView> key, AppealStatsRow row) {
        return new StatsGroupView(key, false, row.received(), row.registered(), row.rejected(), row.answered(),
                row.answeredOnTime(), StatsRules.percent(row.answeredOnTime(), row.answered() + row.overdueNow()),
                row.overdueNow(), StatsRules.rounded(row.medianAnswerDays(), 1), StatsRules.rounded(row.p90AnswerDays(), 1),
                StatsRules.rounded(row.meanRating(), 2), row.ratings(), row.reopened());
    }
}
