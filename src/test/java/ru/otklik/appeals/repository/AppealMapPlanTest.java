package ru.otklik.appeals.repository;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.appeals.dto.MapBox;
import ru.otklik.appeals.repository.AppealMapQueries.Area;
import ru.otklik.appeals.repository.AppealMapQueries.Circle;
import ru.otklik.appeals.service.MapGeometry;
import ru.otklik.testsupport.QueryPlans;

/**
 * The map reads its area on the GiST index at volume: 100 000 appeals with locations over the Irkutsk oblast (most of
 * them past moderation, 2% withdrawn or rejected), inserted in a transaction that is rolled back. A point search, a
 * box of the city with filters, clusters of the city and suggestions of duplicates all start from appeal_map_idx.
 */
@QuarkusTest
class AppealMapPlanTest {

    static final String LOCATED_APPEALS = """
            insert into appeal (number, author_oid, channel, category_id, organisation_id, region_code, oktmo, text,
                                latitude, longitude, status, priority, deadline_days, registered_at, created_at,
                                created_on, updated_at)
            select 'ZM-2026-' || lpad(i::text, 7, '0'), 'oid-' || (i % 50000), 'MOBILE',
                   (select min(id) from category) + i % 40, (select min(id) from organisation) + i % 40, '38', '25701000001',
                   'Яма на дороге у дома ' || i,
                   51.5 + (i::bigint * 7919 % 100000) / 100000.0 * 8, 99 + (i::bigint * 104729 % 100000) / 100000.0 * 15,
                   case when i % 100 = 0 then 'WITHDRAWN' when i % 97 = 0 then 'REJECTED'
                        when i % 3 = 0 then 'CLOSED' else 'IN_PROGRESS' end,
                   false, 10, now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval,
                   (now() - (i || ' minutes')::interval)::date, now()
            from generate_series(1, 100000) i""";

    @Inject
    AppealMapQueries queries;

    @Inject
    Pool pool;

    @Test
    void everyReadOfTheMapStartsFromTheGeoIndexAtVolume() {
        Long[] sensitive = pool.query("select array_agg(id order by id) from category where sensitive").execute()
                .await().indefinitely().iterator().next().getArrayOfLongs(0);
        List<Long> hidden = List.of(sensitive);
        Circle centre = new Circle(52.287, 104.281, 1000);
        Area point = new Area(MapGeometry.around(52.287, 104.281, 1000), centre, null, hidden, null, null, null);
        Area city = new Area(new MapBox(104.1, 52.2, 104.4, 52.4), null, List.of(1L, 2L, 3L), hidden, true,
                LocalDate.now().minusYears(1), LocalDate.now());
        Area suggestions = new Area(MapGeometry.around(52.287, 104.281, 300), new Circle(52.287, 104.281, 300),
                List.of(1L), hidden, true, null, null);
        List<QueryPlans.Statement> statements = List.of(
                statement(queries.markersStatement(point, 501)),
                statement(queries.markersStatement(city, 501)),
                statement(queries.clustersStatement(city, MapGeometry.cell(12))),
                statement(queries.similarStatement(suggestions, "ям:* | дорог:*", 10)));
        List<String> plans = QueryPlans.explainAll(pool, LOCATED_APPEALS + "; analyze appeal", statements);
        for (String plan : plans) {
            assertTrue(plan.contains("appeal_map_idx"), "expected appeal_map_idx in\n" + plan);
        }
    }

    private static QueryPlans.Statement statement(AppealMapQueries.Statement statement) {
        return new QueryPlans.Statement(statement.sql(), statement.params());
    }
}
