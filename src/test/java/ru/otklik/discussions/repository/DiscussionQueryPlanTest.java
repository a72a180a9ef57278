package ru.otklik.discussions.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import ru.otklik.discussions.dto.DiscussionFilter;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.testsupport.QueryPlans;

/**
 * Discussion lists, pages of threads, replies and moderation queues use their indexes at volume: 50 000 discussions
 * (one in fifty open, one in a thousand for Irkutsk city, the rest for other regions) and 60 000 top-level comments,
 * one in three hundred in one discussion (200 threads, with two replies each, one in ten of them pending), and a
 * backlog of pending comments elsewhere (one in five), and a small organisation's 30 pending comments; all inserted
 * inside a transaction that is rolled back. Where one
 * discussion holds a large share of all comments, walking the primary key is as good, and PostgreSQL may take it.
 */
@QuarkusTest
class DiscussionQueryPlanTest {

    private static final long BIG = 10_000_001L;

    private static final String SYNTHETIC = """
            insert into discussion (id, organisation_id, title, body, audience_kind, audience_oktmo, trusted_only,
                                    moderation, status, created_by_oid, created_at, updated_at)
            select 10000000 + i, (select min(id) from organisation) + i % 40,
                   case when i % 5000 = 0 then 'Фонтан на площади ' || i else 'Благоустройство двора ' || i end,
                   'Проект благоустройства', 'OKTMO',
                   case when i % 1000 = 0 then '{25701}'::text[] else array[(30 + i % 60)::text] end,
                   false, 'PRE', case when i % 50 = 0 then 'OPEN' else 'CLOSED' end, 'oid-1',
                   now() - (i || ' hours')::interval, now()
            from generate_series(1, 50000) i;
            insert into discussion_comment (id, discussion_id, organisation_id, depth, author_oid, author_name, text,
                                            status, created_at, published_at, likes, dislikes)
            select 20000000 + i, d, (select min(id) from organisation) + (d - 10000000) % 40, 0, 'oid-' || i % 3000,
                   'Житель Ж.', 'Комментарий ' || i, case when p then 'PENDING' else 'VISIBLE' end, now(),
                   case when p then null else now() end, i % 7, i % 3
            from generate_series(1, 60000) i,
                 lateral (select case when i % 300 = 0 then 10000001 else 10000002 + i % 49000 end as d,
                                 i % 3000 = 0 or i % 300 <> 0 and i % 5 = 0 as p) x;
            insert into discussion_comment (id, discussion_id, organisation_id, parent_id, reply_to_id, root_id, depth,
                                            author_oid, author_name, official, text, status, created_at, published_at)
            select 30000000 + i, 10000001, (select min(id) from organisation) + 1, t, t, t, 1, 'oid-' || i % 3000,
                   'Житель Ж.', i % 50 = 0, 'Ответ ' || i, 'VISIBLE', now(), now()
            from generate_series(1, 400) i, lateral (select 20000000 + 300 * (1 + i % 200) as t) x;
            insert into discussion_comment (id, discussion_id, organisation_id, depth, author_oid, author_name, text,
                                            status, created_at)
            select 40000000 + i, 10000002 + i, (select min(id) from organisation) + 45, 0, 'oid-' || i, 'Житель Ж.',
                   'Комментарий ' || i, 'PENDING', now()
            from generate_series(1, 30) i;
            analyze discussion; analyze discussion_comment""";

    @Inject
    DiscussionQueries discussions;

    @Inject
    CommentQueries comments;

    @Inject
    Pool pool;

    @Test
    void everyDiscussionListAndFilterUsesAnIndex() {
        Map<String, DiscussionFilter> filters = new LinkedHashMap<>();
        filters.put("discussion_created_idx discussion_comment_official_idx", new DiscussionFilter());
        DiscussionFilter organisation = new DiscussionFilter();
        organisation.organisation = firstOrganisation() + 3;
        filters.put("discussion_organisation_idx", organisation);
        DiscussionFilter open = new DiscussionFilter();
        open.status = "OPEN";
        filters.put("discussion_open_idx", open);
        DiscussionFilter place = new DiscussionFilter();
        place.oktmo = "25701000001";
        filters.put("discussion_region_idx", place);
        DiscussionFilter text = new DiscussionFilter();
        text.q = "фонтан";
        filters.put("discussion_search_idx", text);
        List<QueryPlans.Statement> statements = new ArrayList<>();
        filters.values().forEach(filter -> {
            DiscussionQueries.Statement statement = discussions.listStatement(filter, PageRequest.of(20, null));
            statements.add(new QueryPlans.Statement(statement.sql(), statement.params()));
        });
        assertIndexes(List.copyOf(filters.keySet()), statements);
    }

    @Test
    void aPageOfThreadsReadsTopLevelCommentsAndRepliesThroughTheirIndexes() {
        List<String> expected = new ArrayList<>();
        List<QueryPlans.Statement> statements = new ArrayList<>();
        CommentQueries.Viewer anonymous = new CommentQueries.Viewer(null, false, List.of());
        CommentQueries.Viewer author = new CommentQueries.Viewer("oid-7", false, List.of(firstOrganisation() + 1));
        // pages in the middle of a discussion of 200 threads, as anyone and as an author who administers it
        Map<CommentQueries.Order, String> cursors = Map.of(
                CommentQueries.Order.NEWEST, Cursor.encode("n", 20030000),
                CommentQueries.Order.OLDEST, Cursor.encode("o", 20030000),
                CommentQueries.Order.TOP, Cursor.encode("t", 2, 20030000));
        for (CommentQueries.Order order : CommentQueries.Order.values()) {
            for (CommentQueries.Viewer viewer : List.of(anonymous, author)) {
                CommentQueries.Statement page = comments.pageStatement(BIG, order, 3,
                        PageRequest.of(20, cursors.get(order)), viewer);
                statements.add(new QueryPlans.Statement(page.sql(), page.params()));
                expected.add((order == CommentQueries.Order.TOP ? "discussion_comment_top_idx"
                        : "discussion_comment_roots_idx") + " discussion_comment_thread_idx");
            }
        }
        assertIndexes(expected, statements);
    }

    @Test
    void theModerationQueueUsesItsIndexes() {
        List<QueryPlans.Statement> statements = new ArrayList<>();
        for (CommentQueries.Statement queue : List.of(
                comments.queueStatement(null, null, PageRequest.of(20, null)),
                // one organisation's queue among many: an organisation holding a fortieth of all pending comments may
                // as well walk the whole queue (the planner's choice turned on ANALYZE's sample), a small one must not
                comments.queueStatement(List.of(firstOrganisation() + 45), null, PageRequest.of(20, null)),
                comments.queueStatement(null, BIG, PageRequest.of(20, null)))) {
            statements.add(new QueryPlans.Statement(queue.sql(), queue.params()));
        }
        assertIndexes(List.of("discussion_comment_queue_idx", "discussion_comment_org_queue_idx",
                "discussion_comment_discussion_queue_idx"), statements);
    }

    /** Each plan names each of its expected indexes (separated by spaces); every miss is reported at once. */
    private void assertIndexes(List<String> expected, List<QueryPlans.Statement> statements) {
        List<String> plans = QueryPlans.explainAll(pool, SYNTHETIC, statements);
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            for (String index : expected.get(i).split(" ")) {
                if (!plans.get(i).contains(index)) {
                    misses.add(index + " not in\n" + statements.get(i).sql() + "\n" + plans.get(i));
                }
            }
        }
        assertEquals(List.of(), misses);
    }

    private long firstOrganisation() {
        return pool.query("select min(id) from organisation").execute().await().indefinitely().iterator().next().getLong(0);
    }
}
