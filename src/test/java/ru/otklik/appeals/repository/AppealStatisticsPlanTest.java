package ru.otklik.appeals.repository;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.dto.AppealStatsQuery;
import ru.otklik.appeals.dto.StatsDimension;

/**
 * The statistics statement narrows by an index for each filter it exposes, at the scale of a region's year: the dev
 * generator's 35 253 appeals of 2025 (the seed's count and topic mix), loaded in a transaction that is rolled back.
 * A whole year of the whole region is read sequentially, rightly: it is all of the table.
 */
@QuarkusTest
class AppealStatisticsPlanTest {

    @Inject
    AppealStatistics statistics;

    @Inject
    Pool pool;

    @Test
    void everyFilterNarrowsByItsIndexAtTheScaleOfAYear() throws IOException {
        String year = script();
        Map<String, AppealStatsQuery> queries = new LinkedHashMap<>();
        pool.withConnection(connection -> connection.begin().chain(transaction -> connection
                .preparedQuery(year).execute(Tuple.of(2025, 35253))
                .chain(() -> connection.query("analyze appeal").execute())
                .chain(() -> connection.query("select o.id from organisation o where o.inn = '3808323424'").execute())
                .chain(culture -> connection.query("""
                        select array_agg(c.id) as ids from category c
                        where c.code like 'svo-support%' or c.code like 'forestry%'""").execute()
                        .map(categories -> {
                            long ministry = culture.iterator().next().getLong("id");
                            List<Long> topics = List.of(categories.iterator().next().getArrayOfLongs("ids"));
                            queries.put("appeal_stats_organisation_idx", query(List.of(ministry), null, null, null, List.of(StatsDimension.MONTH)));
                            // a quarter: within a year the older (category, created_at) index does as well, and is taken
                            queries.put("appeal_stats_category_idx", new AppealStatsQuery(LocalDate.of(2025, 4, 1),
                                    LocalDate.of(2025, 6, 30), null, topics, null, null, null, null,
                                    List.of(List.of(StatsDimension.CATEGORY)), null));
                            queries.put("appeal_stats_oktmo_idx", query(null, null, "25738", null, List.of(StatsDimension.STATUS)));
                            queries.put("appeal_stats_priority_idx", query(null, null, null, true, List.of(StatsDimension.ORGANISATION)));
                            return queries;
                        }))
                .chain(() -> explainAll(connection, queries))
                .call(transaction::rollback)))
                .await().indefinitely()
                .forEach((index, plan) -> assertTrue(plan.contains(index), "expected " + index + " in\n" + plan));
    }

    private Uni<Map<String, String>> explainAll(io.vertx.mutiny.sqlclient.SqlConnection connection,
            Map<String, AppealStatsQuery> queries) {
        Map<String, String> plans = new LinkedHashMap<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Map.Entry<String, AppealStatsQuery> entry : queries.entrySet()) {
            AppealStatistics.Statement statement = statistics.statement(entry.getValue(), LocalDate.of(2026, 11, 29));
            chain = chain.chain(() -> connection.preparedQuery("explain " + statement.sql())
                    .execute(Tuple.from(statement.params()))
                    .invoke(rows -> {
                        StringBuilder plan = new StringBuilder();
                        for (Row row : rows) {
                            plan.append(row.getString(0)).append('\n');
                        }
                        plans.put(entry.getKey(), plan.toString());
                    })
                    .replaceWithVoid());
        }
        // a month of everything reads the days' index
        AppealStatistics.Statement month = statistics.statement(new AppealStatsQuery(LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31), null, null, Channel.MFC, null, null, null, List.of(List.of(StatsDimension.WEEK)), 10001),
                LocalDate.of(2026, 11, 29));
        return chain.chain(() -> connection.preparedQuery("explain " + month.sql()).execute(Tuple.from(month.params())))
                .map(rows -> {
                    StringBuilder plan = new StringBuilder();
                    rows.forEach(row -> plan.append(row.getString(0)).append('\n'));
                    plans.put("appeal_created_on_idx", plan.toString());
                    return plans;
                });
    }

    private static AppealStatsQuery query(List<Long> organisations, List<Long> categories, String oktmo, Boolean priority,
            List<StatsDimension> groupBy) {
        return new AppealStatsQuery(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), organisations, categories, null,
                oktmo, priority, null, List.of(groupBy), null);
    }

    private static String script() throws IOException {
        try (InputStream in = AppealStatisticsPlanTest.class.getClassLoader().getResourceAsStream("dev/generate-year.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
