package ru.otklik.audit.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.audit.dto.AuditQuery;
import ru.otklik.testsupport.QueryPlans;

/**
 * Every filter of the audit trail reads its page through an index in the list's order (newest first): no sort of the
 * trail, whatever its size. Measured on a trail of 300 000 entries, a national platform's years of privileged actions.
 */
@QuarkusTest
class AuditQueryPlanTest {

    private static final String TRAIL = """
            insert into audit_entry (occurred_at, actor_oid, actor_role, action, object_type, object_id, before, after)
            select timestamptz '2024-01-01' + i * interval '5 minutes', '10009' || lpad((i % 500)::text, 5, '0'),
                   'ADMIN', (array['organisation', 'category', 'routing_rule', 'appeal', 'comment'])[1 + i % 5] || '.updated',
                   (array['organisation', 'category', 'routing_rule', 'appeal', 'comment'])[1 + i % 5], i % 20000,
                   '{"verified": true}', '{"verified": false}'
            from generate_series(1, 300000) i;
            analyze audit_entry""";

    @Inject
    AuditQueries queries;

    @Inject
    Pool pool;

    @Test
    void everyFilterReadsItsPageThroughAnIndexInTheListsOrder() {
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2025-02-01T00:00:00Z");
        Map<String, AuditQuery> queriesByIndex = new LinkedHashMap<>();
        queriesByIndex.put("none: audit_entry_time_idx", new AuditQuery(null, null, null, null, null, null, null, 21));
        queriesByIndex.put("period: audit_entry_time_idx", new AuditQuery(null, null, null, from, to, null, null, 21));
        queriesByIndex.put("actor: audit_entry_actor_idx", new AuditQuery("1000900042", null, null, null, null, null, null, 21));
        queriesByIndex.put("object: audit_entry_object_idx", new AuditQuery(null, "appeal", 42L, null, null, null, null, 21));
        // a rare type (calendar loads: a few a year) among many others
        queriesByIndex.put("type: audit_entry_type_idx", new AuditQuery(null, "calendar", null, null, null, null, null, 21));
        queriesByIndex.put("actor after a cursor: audit_entry_actor_idx",
                new AuditQuery("1000900042", null, null, null, null, to, 100000L, 21));
        List<QueryPlans.Statement> statements = queriesByIndex.values().stream().map(queries::statement)
                .map(statement -> new QueryPlans.Statement(statement.sql(), statement.params())).toList();
        List<String> plans = QueryPlans.explainAll(pool, TRAIL, statements);
        List<String> names = List.copyOf(queriesByIndex.keySet());
        for (int i = 0; i < names.size(); i++) {
            String index = names.get(i).substring(names.get(i).indexOf(": ") + 2);
            assertTrue(plans.get(i).contains(index), names.get(i) + ": expected " + index + " in\n" + plans.get(i));
            assertFalse(plans.get(i).contains("Sort"), names.get(i) + ": no sort of the trail in\n" + plans.get(i));
        }
    }
}
