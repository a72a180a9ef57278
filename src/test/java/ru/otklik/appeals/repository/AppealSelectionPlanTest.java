package ru.otklik.appeals.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.dto.AppealSelection;
import ru.otklik.testsupport.QueryPlans;

/**
 * Selections of many appeals at once (Open311's GET requests, up to 1000 in a 90-day window) use an index for whose
 * appeals they show and for the window, at the volume of {@link AppealQueryPlanTest}: never a scan of every appeal.
 */
@QuarkusTest
class AppealSelectionPlanTest {

    @Inject
    AppealSelections selections;

    @Inject
    Pool pool;

    @ParameterizedTest(name = "{0} uses {1}")
    @CsvSource({
            "ids,appeal_pkey",
            "moderator's window,appeal_created_idx",
            "partner's organisations,appeal_organisation_idx",
            "citizen's own,appeal_author_idx",
            // either index on the category serves (the statistics' one orders by day, the list's by time)
            "category and status,appeal_category_idx|appeal_stats_category_idx",
    })
    void aSelectionUsesAnIndex(String selection, String index) {
        long organisation = pool.query("select min(id) from organisation").execute().await().indefinitely()
                .iterator().next().getLong(0);
        long category = pool.query("select min(id) + 3 from category").execute().await().indefinitely()
                .iterator().next().getLong(0);
        Instant now = Instant.now();
        Instant from = now.minus(Duration.ofDays(90));
        AppealQueries.Visibility everything = new AppealQueries.Visibility(null, null, List.of(), true);
        AppealQueries.Statement statement = switch (selection) {
            case "ids" -> selections.selectStatement(new AppealSelection(List.of(1L, 2L, 3L), List.of(), List.of(), null, null, 1000),
                    everything);
            case "partner's organisations" -> selections.selectStatement(new AppealSelection(List.of(), List.of(), List.of(), from, now, 1000),
                    new AppealQueries.Visibility(null, null, List.of(organisation, organisation + 1, organisation + 2), false));
            case "citizen's own" -> selections.selectStatement(new AppealSelection(List.of(), List.of(), List.of(), from, now, 1000),
                    new AppealQueries.Visibility("oid-42", null, List.of(), false));
            case "category and status" -> selections.selectStatement(new AppealSelection(List.of(), List.of(category),
                    List.of(AppealStatus.SUBMITTED, AppealStatus.REGISTERED, AppealStatus.IN_PROGRESS, AppealStatus.REDIRECTED),
                    from, now, 1000), everything);
            default -> selections.selectStatement(new AppealSelection(List.of(), List.of(), List.of(), from, now, 1000), everything);
        };
        String plan = QueryPlans.explain(pool, AppealQueryPlanTest.SYNTHETIC_APPEALS + "; analyze appeal", statement.sql(),
                statement.params());
        assertTrue(java.util.Arrays.stream(index.split("\\|")).anyMatch(plan::contains), "expected " + index + " in\n" + plan);
        assertFalse(plan.contains("Seq Scan on appeal"), plan);
    }
}
