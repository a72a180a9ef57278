package ru.otklik.polls.repository;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.polls.dto.PollFilter;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.testsupport.QueryPlans;

/**
 * Poll lists use an index for each selective filter at volume: 50 000 polls of a hundred regions' worth of
 * municipalities, most of them closed, inserted in a transaction that is rolled back. The filtered values are rare,
 * as they are in a national platform (one organisation, one municipality, polls open now, a search word).
 */
@QuarkusTest
class PollQueryPlanTest {

    private static final String SYNTHETIC_POLLS = """
            insert into poll (organisation_id, title, description, audience_kind, audience_oktmo, trusted_only,
                              results_visibility, questions, status, starts_at, ends_at, created_by_oid, created_at,
                              updated_at, published_at)
            select (select min(id) from organisation) + i % 40,
                   case when i % 5000 = 0 then 'Где построить каток ' || i else 'Благоустройство двора ' || i end,
                   'Опрос жителей', 'OKTMO', array[lpad((10000 + i % 2000)::text, 5, '0')], false, 'ALWAYS', '[]',
                   case when i % 100 = 0 then 'DRAFT' else 'PUBLISHED' end,
                   now() - ((i + 30) || ' days')::interval,
                   now() - (i || ' days')::interval + case when i % 500 = 0 then interval '100 years' else interval '0' end,
                   '1', now() - ((i + 31) || ' days')::interval, now(), now()
            from generate_series(1, 50000) i""";

    @Inject
    PollQueries queries;

    @Inject
    Pool pool;

    @ParameterizedTest(name = "{0}={1} uses {2}")
    @CsvSource({
            "public,,poll_pkey",
            "organisation,,poll_organisation_idx",
            "oktmo,10042000001,poll_audience_idx",
            "openNow,true,poll_published_ends_idx",
            "q,каток,poll_search_idx",
    })
    void everyListAndFilterUsesAnIndex(String filter, String value, String index) {
        long organisation = pool.query("select min(id) + 7 from organisation").execute().await().indefinitely()
                .iterator().next().getLong(0);
        PollFilter polls = new PollFilter();
        switch (filter) {
            case "organisation" -> polls.organisation = organisation;
            case "oktmo" -> polls.oktmo = value;
            case "openNow" -> polls.openNow = true;
            case "q" -> polls.q = value;
            default -> {
            }
        }
        PollQueries.Statement statement = queries.listStatement(polls, List.of(), PageRequest.of(20, null));
        String plan = QueryPlans.explain(pool, SYNTHETIC_POLLS + "; analyze poll", statement.sql(), statement.params());
        assertTrue(plan.contains(index), "expected " + index + " in\n" + plan);
    }
}
