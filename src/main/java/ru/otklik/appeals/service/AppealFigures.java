package ru.otklik.appeals.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.dto.AppealStatsQuery;
import ru.otklik.appeals.dto.AppealStatsRow;
import ru.otklik.appeals.repository.AppealStatistics;

/**
 * Figures over appeals for the statistics feature, which may not read appeal rows itself. Counts what it is asked to
 * count, as committed, outside any transaction; who may see which figures is the caller's decision.
 */
@ApplicationScoped
public class AppealFigures {

    private final AppealStatistics statistics;

    public AppealFigures(AppealStatistics statistics) {
        this.statistics = statistics;
    }

    /** One row per group of each grouping set; one statement. */
    public Uni<List<AppealStatsRow>> count(AppealStatsQuery query) {
        return statistics.count(query);
    }
}
