package ru.otklik.appeals.repository;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.appeals.dto.AppealFilter;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.testsupport.QueryPlans;

/**
 * Appeal lists use an index for whose appeals they show and for each selective filter, at volume (a year of appeals,
 * one every ten minutes, inserted inside a transaction that is rolled back). Where a filter matches a large share of
 * appeals, walking the newest-first index and filtering is the better plan, and PostgreSQL rightly takes it: the
 * values here are rare, and a day is 0.3% of the year (deadlines on a provisional calendar: 0.2%).
 */
@QuarkusTest
class AppealQueryPlanTest {

    static final String SYNTHETIC_APPEALS = """
            insert into appeal (number, author_oid, channel, category_id, organisation_id, region_code, oktmo, text,
                                status, priority, deadline_days, registered_at, due_at, created_at, created_on, updated_at,
                                due_date_provisional)
            select 'ZZ-2026-' || lpad(i::text, 7, '0'), 'oid-' || (i % 50000),
                   (array['PORTAL', 'WIDGET', 'MOBILE', 'CONTACT_CENTER', 'MFC'])[1 + i % 5],
                   (select min(id) from category) + i % 40, (select min(id) from organisation) + i % 40, '38', '25701000001',
                   case when i % 5000 = 0 then 'Упавшее дерево перегородило дорогу ' || i
                        else 'Не вывозят мусор со двора ' || i end,
                   case when i % 200 = 0 then 'SUBMITTED' when i % 10 = 1 then 'IN_PROGRESS' else 'CLOSED' end,
                   i % 50 = 0, 10,
                   now() - (i * 10 || ' minutes')::interval, now() + ((i % 30) || ' days')::interval,
                   now() - (i * 10 || ' minutes')::interval, (now() - (i * 10 || ' minutes')::interval)::date, now(),
                   i % 500 = 0
            from generate_series(1, 50000) i""";

    @Inject
    AppealQueries queries;

    @Inject
    Pool pool;

    @ParameterizedTest(name = "{0}={1} uses {2}")
    @CsvSource({
            "own,oid-42,appeal_author_idx",
            "inbox,,appeal_inbox_idx",
            "organisation,,appeal_organisation_idx",
            "all,,appeal_created_idx",
            "from and to,,appeal_created_on_idx",
            "status,SUBMITTED,appeal_status_idx",
            "category,,appeal_category_idx",
            "channel,MFC,appeal_channel_idx",
            "priority,true,appeal_priority_idx",
            "q,дерево,appeal_search_idx",
            "provisional,true,appeal_provisional_idx",
            "inbox provisional,true,appeal_provisional_inbox_idx",
    })
    void everyListAndFilterUsesAnIndex(String filter, String value, String index) {
        long organisation = pool.query("select min(id) from organisation").execute().await().indefinitely()
                .iterator().next().getLong(0);
        long category = pool.query("select min(id) + 3 from category").execute().await().indefinitely()
                .iterator().next().getLong(0);
        AppealFilter appeals = new AppealFilter();
        AppealQueries.Visibility visibility = new AppealQueries.Visibility(null, null, List.of(), true);
        boolean byDue = false;
        switch (filter) {
            case "own" -> visibility = new AppealQueries.Visibility(value, null, List.of(), false);
            case "inbox" -> {
                visibility = new AppealQueries.Visibility(null, null, List.of(organisation), false);
                byDue = true;
            }
            case "organisation" -> appeals.organisation = organisation;
            case "status" -> appeals.status = List.of(value);
            case "category" -> appeals.category = category;
            case "channel" -> appeals.channel = value;
            case "priority" -> appeals.priority = true;
            case "q" -> appeals.q = value;
            case "provisional" -> appeals.provisional = true;
            case "inbox provisional" -> {
                visibility = new AppealQueries.Visibility(null, null, List.of(organisation), false);
                byDue = true;
                appeals.provisional = true;
            }
            case "from and to" -> {
                // a day a month back: deep in the newest-first index
                appeals.from = LocalDate.now().minusDays(30);
                appeals.to = LocalDate.now().minusDays(30);
            }
            default -> {
            }
        }
        AppealQueries.Statement statement = queries.listStatement(appeals, visibility, byDue, PageRequest.of(20, null));
        String plan = QueryPlans.explain(pool, SYNTHETIC_APPEALS + "; analyze appeal", statement.sql(), statement.params());
        assertTrue(plan.contains(index), "expected " + index + " in\n" + plan);
    }
}
