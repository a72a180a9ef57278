package ru.otklik.shared.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.testsupport.QueryPlans;

/**
 * Followers read the outbox in commit order: an event whose transaction is still running holds back every later one,
 * and a row committed later with a smaller id is read after, never skipped. The rows here are written straight into
 * the table, each in a transaction of its own, to make commits happen in the order under test.
 */
@QuarkusTest
class OutboxReaderTest {

    @Inject
    OutboxReader reader;

    @Inject
    Pool pool;

    @Test
    void anEventOfARunningTransactionHoldsBackTheEventsCommittedAfterIt() {
        OutboxPosition start = reader.horizon().await().indefinitely();
        SqlConnection slow = pool.getConnection().await().indefinitely();
        try {
            Transaction transaction = slow.begin().await().indefinitely();
            long first = insert(slow, "first");
            long second = insert(null, "second");
            assertTrue(first < second);
            assertEquals(List.of(), ids(readAll(start)), "the second committed, but the first may still commit below it");

            transaction.commit().await().indefinitely();
            assertReads(List.of(first, second), start);
        } finally {
            slow.close().await().indefinitely();
        }
    }

    @Test
    void aRowCommittedLaterWithASmallerIdIsReadAfterTheOthersNotSkipped() {
        OutboxPosition start = reader.horizon().await().indefinitely();
        SqlConnection early = pool.getConnection().await().indefinitely();
        SqlConnection late = pool.getConnection().await().indefinitely();
        try {
            Transaction earlyTransaction = early.begin().await().indefinitely();
            // the early transaction takes its transaction id before the late one does, its outbox id after
            early.query("select pg_current_xact_id()").execute().await().indefinitely();
            Transaction lateTransaction = late.begin().await().indefinitely();
            long smaller = insert(late, "smaller id, later transaction");
            long larger = insert(early, "larger id, earlier transaction");
            assertTrue(smaller < larger);
            earlyTransaction.commit().await().indefinitely();

            assertReads(List.of(larger), start);
            List<PublishedEvent> before = readAll(start);
            assertEquals(List.of(larger), ids(before), "the row of the running transaction is not readable yet");
            OutboxPosition cursor = before.get(before.size() - 1).position();

            lateTransaction.commit().await().indefinitely();
            assertReads(List.of(smaller), cursor);
            assertReads(List.of(larger, smaller), start);
        } finally {
            early.close().await().indefinitely();
            late.close().await().indefinitely();
        }
    }

    @Test
    void anEventCarriesItsPublicPartAndWhoMayHearOfIt() {
        OutboxPosition start = reader.horizon().await().indefinitely();
        long id = insert(null, "public part");
        assertReads(List.of(id), start);
        PublishedEvent event = readAll(start).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        assertEquals("test.happened", event.type());
        assertEquals(38L, event.organisationId());
        assertEquals("1000100002", event.subjectOid());
        EventEnvelope envelope = event.envelope();
        assertEquals("{\"note\": \"public part\"}", envelope.payload());
        assertEquals(new EventEnvelope.Aggregate("test", 7), envelope.aggregate());
        assertTrue(new Audience(false, java.util.Set.of(38L), null).hears(event));
        assertTrue(new Audience(false, java.util.Set.of(), "1000100002").hears(event));
        assertTrue(Audience.everyone().hears(event));
        assertFalse(new Audience(false, java.util.Set.of(39L), "1000100003").hears(event));
        assertFalse(Audience.NOBODY.hears(event));
    }

    @Test
    void aPositionTokenRoundTripsAndNonsenseIsNoPosition() {
        OutboxPosition position = new OutboxPosition(7351, 42);
        assertEquals("7351-42", position.token());
        assertEquals(position, OutboxPosition.parse("7351-42"));
        for (String bad : List.of("", "42", "a-1", "1-", "-1-2", "1-2-3", "99999999999999999999-1")) {
            assertEquals(null, OutboxPosition.parse(bad), bad);
        }
        assertTrue(new OutboxPosition(2, 1).isAfter(new OutboxPosition(1, 99)));
    }

    @Test
    void readingFollowsTheCommitOrderIndexAtVolume() {
        String plan = QueryPlans.explain(pool, """
                insert into outbox_event (tx_id, type, aggregate_kind, aggregate_id, occurred_at, payload, action, actor_role)
                select (g / 10)::text::xid8, 'test.happened', 'test', g, now(), '{}', 'TEST', 'TEST'
                from generate_series(1, 100000) g;
                analyze outbox_event;""", """
                select id, tx_id::text as tx, type, occurred_at, aggregate_kind, aggregate_id, organisation_id, subject_oid,
                       payload::text as payload
                from outbox_event
                where (tx_id, id) > ($1::text::xid8, $2) and tx_id < pg_snapshot_xmin(pg_current_snapshot())
                order by tx_id, id
                limit $3""", List.of("5000", 0L, 500));
        assertTrue(plan.contains("outbox_event_commit_order_idx"), plan);
        assertFalse(plan.contains("Seq Scan"), plan);
        assertFalse(plan.contains("Sort"), plan);
    }

    private List<PublishedEvent> readAll(OutboxPosition from) {
        List<PublishedEvent> events = new ArrayList<>();
        OutboxPosition at = from;
        while (true) {
            OutboxReader.Window window = reader.read(at).await().indefinitely();
            window.events().stream().filter(e -> e.type().equals("test.happened")).forEach(events::add);
            at = window.end();
            if (!window.more()) {
                return events;
            }
        }
    }

    /**
     * Reads what is committed after {@code from} until it is {@code expected}: a short transaction of another instance
     * (or a background worker) that began before the last commit holds the horizon back for a moment.
     */
    private void assertReads(List<Long> expected, OutboxPosition from) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        List<Long> read = ids(readAll(from));
        while (!read.equals(expected) && System.nanoTime() < deadline) {
            read = ids(readAll(from));
        }
        assertEquals(expected, read);
    }

    private static List<Long> ids(List<PublishedEvent> events) {
        return events.stream().map(PublishedEvent::id).toList();
    }

    /** An outbox row written on this connection (in its transaction), or in a transaction of its own when null. */
    private long insert(SqlConnection connection, String note) {
        String sql = """
                insert into outbox_event (type, aggregate_kind, aggregate_id, organisation_id, subject_oid, occurred_at, payload,
                                          action, actor_role)
                values ('test.happened', 'test', 7, 38, '1000100002', now(), jsonb_build_object('note', $1::text), 'TEST', 'TEST')
                returning id""";
        var query = connection == null ? pool.preparedQuery(sql) : connection.preparedQuery(sql);
        return query.execute(Tuple.of(note)).await().indefinitely().iterator().next().getLong("id");
    }
}
