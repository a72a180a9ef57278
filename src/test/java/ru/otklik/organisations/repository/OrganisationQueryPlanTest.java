package ru.otklik.organisations.repository;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.organisations.dto.OrganisationFilter;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.testsupport.QueryPlans;

/**
 * Every filter the directory exposes is served by an index. Sequential scans are switched off so that the planner
 * shows which index it can use even on the small sample data, where a scan would be cheaper.
 */
@QuarkusTest
class OrganisationQueryPlanTest {

    /** A directory of national size for one transaction: the planner chooses by the statistics of real volumes. */
    private static final String SYNTHETIC_DIRECTORY = """
            insert into organisation (kind, full_name, short_name, inn, ogrn, region_code, oktmo, verified, connected)
            select (array['FEDERAL_BODY', 'REGIONAL_BODY', 'LOCAL_GOVERNMENT', 'INSTITUTION'])[1 + i % 4],
                   case when i % 40 = 0 then 'Городская больница № ' || i else 'Средняя школа № ' || i end,
                   case when i % 40 = 0 then 'Больница № ' || i else 'Школа № ' || i end,
                   '77' || lpad(i::text, 8, '0'), '1' || lpad(i::text, 12, '0'), '77',
                   lpad((10 + i % 89)::text, 2, '0') || lpad((i % 997)::text, 3, '0') || '000',
                   i % 3 = 0, true
            from generate_series(1, 30000) i;
            insert into organisation_category (organisation_id, category_id)
            select o.id, c.id from organisation o join category c on c.id = 1 + o.id % 80
            where o.inn like '77%';
            """;

    @Inject
    OrganisationQueries queries;

    @Inject
    Pool pool;

    @ParameterizedTest(name = "{0}={1} uses {2}")
    @CsvSource({
            "none,,organisation_name_idx",
            "kind,INSTITUTION,organisation_kind_idx",
            "verified,true,organisation_verified_idx",
            "parent,1,organisation_parent_idx",
            "oktmo,25701,organisation_oktmo_idx",
            "category,1,organisation_category",
            "q,больница,organisation_search_idx",
            "q,3808131271,organisation_inn_key",
            "q,1053808211632,organisation_ogrn_key",
    })
    void everyFilterUsesAnIndex(String filter, String value, String index) {
        OrganisationFilter organisations = new OrganisationFilter();
        Consumer<OrganisationFilter> setter = switch (filter) {
            case "kind" -> f -> f.kind = value;
            case "verified" -> f -> f.verified = Boolean.valueOf(value);
            case "parent" -> f -> f.parent = Long.valueOf(value);
            case "oktmo" -> f -> f.oktmo = value;
            case "category" -> f -> f.category = Long.valueOf(value);
            case "q" -> f -> f.q = value;
            default -> f -> {
            };
        };
        setter.accept(organisations);
        OrganisationQueries.Statement statement = queries.listStatement(organisations, PageRequest.of(20, null));
        // statistics as autovacuum keeps them in production; scans off to show which index the filter can use
        String plan = QueryPlans.explain(pool, SYNTHETIC_DIRECTORY
                + "analyze organisation, organisation_category, category; set local enable_seqscan = off",
                statement.sql(), statement.params());
        assertTrue(plan.contains(index), "expected " + index + " in\n" + plan);
    }
}
