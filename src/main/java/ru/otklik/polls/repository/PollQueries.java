package ru.otklik.polls.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.polls.AudienceKind;
import ru.otklik.polls.Poll;
import ru.otklik.polls.PollStatus;
import ru.otklik.polls.ResultsVisibility;
import ru.otklik.polls.dto.Ballot;
import ru.otklik.polls.dto.PollFilter;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.search.TextQuery;

/**
 * The read side of polls, outside any transaction, one statement each: a poll with whether the caller voted, list
 * pages, and a results snapshot. The status conditions here are the SQL twins of {@code PollRules.status} and
 * {@code PollRules.isOpen}: a published poll whose end has passed is CLOSED.
 */
@ApplicationScoped
public class PollQueries {

    private static final String COLUMNS = "p.id, p.organisation_id, p.title, p.description, p.cover_url, p.starts_at, "
            + "p.ends_at, p.audience_kind, p.audience_oktmo, p.trusted_only, p.results_visibility, p.status, "
            + "p.created_by_oid, p.created_at, p.updated_at, p.published_at, p.closed_at, p.version";
    private static final String SUMMARY_COLUMNS = "p.id, p.organisation_id, p.title, p.starts_at, p.ends_at, "
            + "p.audience_kind, p.audience_oktmo, p.trusted_only, p.results_visibility, p.status";
    private static final String OPEN = "(p.status = 'PUBLISHED' and p.starts_at <= now() and p.ends_at > now())";
    private static final String NEWEST = "i";

    /** A poll as committed now (its questions as stored JSON) and whether the caller has voted in it. */
    public record Stored(Poll poll, boolean voted) {
    }

    /** The counters and (for its owner) free-text answers of a poll, read in one snapshot at {@code readAt}. */
    public record Snapshot(List<Counter> counters, List<Ballot.TextAnswer> texts, Instant readAt) {
    }

    public record Counter(int questionId, int choice, long votes) {
    }

    private final Pool pool;

    public PollQueries(Pool pool) {
        this.pool = pool;
    }

    /** The poll, or null; {@code voterOid} null for an anonymous caller. */
    public Uni<Stored> find(long id, String voterOid) {
        return pool.preparedQuery("select " + COLUMNS + ", p.questions::text as questions, "
                + "exists (select 1 from poll_participation v where v.poll_id = p.id and v.voter_oid = $2) as voted "
                + "from poll p where p.id = $1")
                .execute(Tuple.of(id, voterOid))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    Poll poll = toPoll(row);
                    poll.questions = row.getString("questions");
                    return new Stored(poll, row.getBoolean("voted"));
                });
    }

    /** One page of polls (their questions left out), newest first. */
    public Uni<Page<Poll>> list(PollFilter filter, List<Long> ownOrganisations, PageRequest page) {
        Statement statement = listStatement(filter, ownOrganisations, page);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<Poll> polls = new ArrayList<>();
            rows.forEach(row -> polls.add(toPoll(row)));
            return Page.fromRows(polls, page.limit, last -> Cursor.encode(NEWEST, last.id));
        });
    }

    /** The SQL and parameters of one page; package-visible so that tests can check its query plans. */
    record Statement(String sql, List<Object> params) {
    }

    Statement listStatement(PollFilter filter, List<Long> ownOrganisations, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (ownOrganisations.isEmpty()) {
            where.add("p.status <> 'DRAFT'");
        } else {
            params.add(ownOrganisations.toArray(Long[]::new));
            where.add("(p.status <> 'DRAFT' or p.organisation_id = any($" + params.size() + "))");
        }
        if (filter.organisation != null) {
            params.add(filter.organisation);
            where.add("p.organisation_id = $" + params.size());
        }
        if (filter.status != null) {
            where.add(switch (PollStatus.valueOf(filter.status)) {
                case DRAFT -> "p.status = 'DRAFT'";
                case PUBLISHED -> "(p.status = 'PUBLISHED' and p.ends_at > now())";
                case CLOSED -> "(p.status = 'CLOSED' or (p.status = 'PUBLISHED' and p.ends_at <= now()))";
            });
        }
        if (filter.oktmo != null) {
            // the audience covers the address when one of its prefixes is a prefix of the address
            List<String> prefixes = new ArrayList<>();
            for (int length = 2; length <= filter.oktmo.length(); length++) {
                prefixes.add(filter.oktmo.substring(0, length));
            }
            params.add(prefixes.toArray(String[]::new));
            where.add("p.audience_oktmo && $" + params.size() + "::varchar[]");
        }
        if (filter.openNow != null) {
            where.add(filter.openNow ? OPEN : "not " + OPEN);
        }
        String tsQuery = filter.q == null ? null : TextQuery.prefixQuery(filter.q);
        if (tsQuery != null) {
            params.add(tsQuery);
            where.add("p.search_vector @@ to_tsquery('russian', $" + params.size() + ")");
        }
        if (page.cursor != null) {
            params.add(Cursor.longPart(Cursor.decode(page.cursor, NEWEST, 1).get(0)));
            where.add("p.id < $" + params.size());
        }
        params.add(page.limit + 1);
        String conditions = " where " + String.join(" and ", where);
        // as for appeals: PostgreSQL cannot tell how rare the matches of a search or of an address are, and would walk
        // the newest-first primary key; both are meant to narrow things down, so they run first (on their GIN indexes)
        boolean narrowing = tsQuery != null || filter.oktmo != null;
        String from = narrowing ? "(select * from poll p" + conditions + " offset 0) p" : "poll p" + conditions;
        return new Statement("select " + SUMMARY_COLUMNS + " from " + from + " order by p.id desc limit $" + params.size(),
                params);
    }

    /**
     * Every counter of the poll and, up to {@code textsPerQuestion} per question (0: none), its free-text answers in
     * random order, sealed or not yet: one statement, so one snapshot in which participants equal the ballots counted.
     */
    public Uni<Snapshot> snapshot(long pollId, int textsPerQuestion) {
        return pool.preparedQuery("""
                select (select coalesce(json_agg(json_build_array(t.question_id, t.choice, t.votes)), '[]'::json)
                        from poll_tally t where t.poll_id = $1)::text as counters,
                       (select coalesce(json_agg(json_build_array(s.question_id, s.answer)), '[]'::json)
                        from (select a.question_id, a.answer,
                                     row_number() over (partition by a.question_id order by random()) as n
                              from (select question_id, answer from poll_text_answer where poll_id = $1
                                    union all
                                    select question_id, answer from poll_text_inbox where poll_id = $1) a
                              where $2 > 0) s
                        where s.n <= $2)::text as texts,
                       now() as read_at""")
                .execute(Tuple.of(pollId, textsPerQuestion))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    List<Counter> counters = new ArrayList<>();
                    for (Object item : new JsonArray(row.getString("counters"))) {
                        JsonArray counter = (JsonArray) item;
                        counters.add(new Counter(counter.getInteger(0), counter.getInteger(1), counter.getLong(2)));
                    }
                    List<Ballot.TextAnswer> texts = new ArrayList<>();
                    for (Object item : new JsonArray(row.getString("texts"))) {
                        JsonArray text = (JsonArray) item;
                        texts.add(new Ballot.TextAnswer(text.getInteger(0), text.getString(1)));
                    }
                    return new Snapshot(counters, texts, row.getOffsetDateTime("read_at").toInstant());
                });
    }

    private static Poll toPoll(Row row) {
        Poll poll = new Poll();
        poll.id = row.getLong("id");
        poll.organisationId = row.getLong("organisation_id");
        poll.title = row.getString("title");
        poll.startsAt = instant(row, "starts_at");
        poll.endsAt = instant(row, "ends_at");
        poll.audienceKind = AudienceKind.valueOf(row.getString("audience_kind"));
        poll.audienceOktmo = row.getArrayOfStrings("audience_oktmo");
        poll.trustedOnly = row.getBoolean("trusted_only");
        poll.resultsVisibility = ResultsVisibility.valueOf(row.getString("results_visibility"));
        poll.status = PollStatus.valueOf(row.getString("status"));
        if (row.getColumnIndex("version") >= 0) {
            poll.description = row.getString("description");
            poll.coverUrl = row.getString("cover_url");
            poll.createdByOid = row.getString("created_by_oid");
            poll.createdAt = instant(row, "created_at");
            poll.updatedAt = instant(row, "updated_at");
            poll.publishedAt = instant(row, "published_at");
            poll.closedAt = instant(row, "closed_at");
            poll.version = row.getInteger("version");
        }
        return poll;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
