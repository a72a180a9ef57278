package ru.otklik.sync.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.testsupport.QueryPlans;
import ru.otklik.testsupport.QueryPlans.Statement;

/**
 * A sync page is read through the outbox's indexes at volume (200 000 events of 50 000 people, 40 large organisations
 * and a small one with 10 events, inserted in a transaction that is rolled back): a person's own through the subject
 * index in commit order; an official's as three branches, each cut at the page's size and merged in commit order. For
 * a large organisation, walking the commit order and keeping its events finds a page soonest, and PostgreSQL takes
 * that; for a small one it takes the organisation indexes. Never a read of the whole outbox.
 * Events carry the ids of their transactions (a few per transaction), as in a real outbox.
 */
@QuarkusTest
class SyncQueryPlanTest {

    static final String SYNTHETIC_EVENTS = """
            insert into outbox_event (tx_id, type, aggregate_kind, aggregate_id, organisation_id, subject_oid, occurred_at,
                                      payload, action, actor_role, actor_organisation_id)
            select (1 + i / 4)::text::xid8, 'appeal.registered', 'appeal', 900000000 + i,
                   case when i % 20000 = 0 then 800000 else 900000 + i % 40 end, 'oid-' || (i % 50000),
                   now() - (i || ' seconds')::interval, '{}'::jsonb, 'MODERATE', 'MODERATOR',
                   case when i % 3 = 0 then case when i % 20000 = 0 then 800000 else 900000 + i % 40 end end
            from generate_series(1, 200000) i;
            analyze outbox_event""";

    /**
     * Followers at volume: 50 000 people following about 4 of the 200 000 aggregates each (a supporter of a few
     * appeals; a tenth of them stopped), and 3 000 following one busy aggregate; oid-42 among them.
     */
    static final String SYNTHETIC_FOLLOWERS = SYNTHETIC_EVENTS + """
            ;
            insert into event_follower (aggregate_kind, aggregate_id, person_oid, since, until)
            select 'appeal', 900000000 + (i * 7919) % 200000, 'oid-' || (i % 50000), now(),
                   case when i % 10 = 0 then now() end
            from generate_series(1, 200000) i
            on conflict do nothing;
            insert into event_follower (aggregate_kind, aggregate_id, person_oid, since)
            select 'appeal', 900000001, 'busy-' || i, now() from generate_series(1, 3000) i;
            analyze event_follower""";

    @Inject
    Pool pool;

    @Test
    void aFollowersPageWalksWhatTheyFollowByPersonThenEachAggregateInCommitOrder() {
        List<String> plans = QueryPlans.explainAll(pool, SYNTHETIC_FOLLOWERS, List.of(
                new Statement(SyncQueries.sql(SyncQueries.Scope.OWN), List.of("0", 0L, 51, "oid-42")),
                new Statement(SyncQueries.sql(SyncQueries.Scope.OWN_AND_ORGANISATIONS),
                        List.of("0", 0L, 51, "oid-42", new Long[] { 800000L }))));
        for (String plan : plans) {
            assertTrue(plan.contains("event_follower_person_idx"), plan);
            assertTrue(plan.contains("outbox_event_aggregate_order_idx"), plan);
            assertTrue(plan.contains("outbox_event_subject_order_idx"), plan);
            assertFalse(plan.contains("Seq Scan on outbox_event"), plan);
            assertFalse(plan.contains("Seq Scan on event_follower"), plan);
        }
    }

    @Test
    void aPersonsPageWalksTheSubjectIndexInCommitOrder() {
        String plan = QueryPlans.explain(pool, SYNTHETIC_EVENTS, SyncQueries.sql(SyncQueries.Scope.OWN),
                List.of("0", 0L, 51, "oid-42"));
        assertTrue(plan.contains("outbox_event_subject_order_idx"), plan);
        assertFalse(plan.contains("Seq Scan on outbox_event"), plan);
    }

    @Test
    void anOfficialsPageMergesThreeBranchesEachCutAtThePageSize() {
        List<String> plans = QueryPlans.explainAll(pool, SYNTHETIC_EVENTS, List.of(
                new Statement(SyncQueries.sql(SyncQueries.Scope.OWN_AND_ORGANISATIONS),
                        List.of("0", 0L, 51, "oid-42", new Long[] { 900007L })),
                new Statement(SyncQueries.sql(SyncQueries.Scope.OWN_AND_ORGANISATIONS),
                        List.of("0", 0L, 51, "oid-42", new Long[] { 800000L }))));
        for (String plan : plans) {
            assertTrue(plan.contains("Merge Append"), plan);
            assertTrue(plan.contains("outbox_event_subject_order_idx"), plan);
            assertFalse(plan.contains("Seq Scan on outbox_event"), plan);
        }
        String small = plans.get(1);
        assertTrue(small.contains("outbox_event_organisation_order_idx"), small);
        assertTrue(small.contains("outbox_event_actor_organisation_order_idx"), small);
    }

    @Test
    void aModeratorsPageWalksTheCommitOrderIndex() {
        String plan = QueryPlans.explain(pool, SYNTHETIC_EVENTS, SyncQueries.sql(SyncQueries.Scope.ALL), List.of("0", 0L, 51));
        assertTrue(plan.contains("outbox_event_commit_order_idx"), plan);
        assertFalse(plan.contains("Seq Scan on outbox_event"), plan);
    }
}
