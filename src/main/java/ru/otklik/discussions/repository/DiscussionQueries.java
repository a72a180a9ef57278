package ru.otklik.discussions.repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.discussions.AudienceKind;
import ru.otklik.discussions.Discussion;
import ru.otklik.discussions.DiscussionStatus;
import ru.otklik.discussions.ModerationMode;
import ru.otklik.discussions.dto.DiscussionFilter;
import ru.otklik.discussions.dto.DiscussionSummary;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.search.TextQuery;

/**
 * The read side of discussions, outside any transaction: one discussion, and lists in one statement per page with
 * only the conditions that apply. "How many top-level comments have an official reply" is counted in the same
 * statement over the partial index of visible official replies (a handful per discussion), rather than kept in a
 * counter that every post, edit, hide, restore and delete would have to keep right.
 */
@ApplicationScoped
public class DiscussionQueries {

    /** The one definition, in SQL, of what {@link Discussion#statusAt} says: open, and not past its date. */
    static final String OPEN_NOW = "(d.status = 'OPEN' and (d.open_until is null or d.open_until > now()))";
    static final String OFFICIALLY_ANSWERED = """
            (select count(distinct c.root_id) from discussion_comment c
             where c.discussion_id = d.id and c.official and c.status = 'VISIBLE') as officially_answered""";
    private static final String NEWEST = "n";

    /** A discussion as committed now, and how many of its top-level comments have an official reply. */
    public record Stored(Discussion discussion, long officiallyAnswered) {
    }

    private final Pool pool;

    public DiscussionQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Stored> find(long id) {
        return pool.preparedQuery("select d.*, " + OFFICIALLY_ANSWERED + " from discussion d where d.id = $1")
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Stored(toDiscussion(row), row.getLong("officially_answered"));
                });
    }

    public Uni<Page<DiscussionSummary>> list(DiscussionFilter filter, PageRequest page) {
        Statement statement = listStatement(filter, page);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            Page<Row> rowPage = Page.fromRows(list, page.limit,
                    last -> Cursor.encode(NEWEST, last.getOffsetDateTime("created_at"), last.getLong("id")));
            return new Page<>(rowPage.items().stream().map(DiscussionQueries::toSummary).toList(), rowPage.nextCursor());
        });
    }

    /** The SQL and parameters of one page; package-visible so that tests can check its query plans. */
    record Statement(String sql, List<Object> params) {
    }

    Statement listStatement(DiscussionFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (filter.organisation != null) {
            params.add(filter.organisation);
            where.add("d.organisation_id = $" + params.size());
        }
        if ("OPEN".equals(filter.status)) {
            // d.status = 'OPEN' is spelled out so that the partial index of open discussions applies
            where.add("d.status = 'OPEN' and " + OPEN_NOW);
        } else if ("CLOSED".equals(filter.status)) {
            where.add("not " + OPEN_NOW);
        }
        if (filter.oktmo != null) {
            // the place's region (its index delivers rows newest first), then an audience prefix of the place's code
            params.add(filter.oktmo.substring(0, 2));
            where.add("d.audience_region = $" + params.size());
            params.add(prefixes(filter.oktmo));
            where.add("d.audience_oktmo && $" + params.size() + "::text[]");
        }
        String tsQuery = filter.q == null ? null : TextQuery.prefixQuery(filter.q);
        if (tsQuery != null) {
            params.add(tsQuery);
            where.add("d.search_vector @@ to_tsquery('russian', $" + params.size() + ")");
        }
        if (page.cursor != null) {
            List<String> key = Cursor.decode(page.cursor, NEWEST, 2);
            params.add(parseInstant(key.get(0)));
            params.add(Cursor.longPart(key.get(1)));
            where.add("(d.created_at, d.id) < ($" + (params.size() - 1) + ", $" + params.size() + ")");
        }
        params.add(page.limit + 1);
        String conditions = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        // as for appeals: a search is meant to narrow things down, so it runs first on its index and is then sorted
        String from = tsQuery == null ? "discussion d" + conditions
                : "(select * from discussion d" + conditions + " offset 0) d";
        String sql = "select d.id, d.organisation_id, d.title, left(d.body, 300) as excerpt, d.status, d.open_until, "
                + OPEN_NOW + " as open_now, d.moderation, d.trusted_only, d.created_at, " + OFFICIALLY_ANSWERED
                + " from " + from + " order by d.created_at desc, d.id desc limit $" + params.size();
        return new Statement(sql, params);
    }

    private static String[] prefixes(String oktmo) {
        List<String> prefixes = new ArrayList<>();
        for (int length = 2; length <= oktmo.length(); length++) {
            prefixes.add(oktmo.substring(0, length));
        }
        return prefixes.toArray(String[]::new);
    }

    private static DiscussionSummary toSummary(Row row) {
        return new DiscussionSummary(
                row.getLong("id"),
                row.getLong("organisation_id"),
                row.getString("title"),
                row.getString("excerpt"),
                row.getBoolean("open_now") ? DiscussionStatus.OPEN : DiscussionStatus.CLOSED,
                ModerationMode.valueOf(row.getString("moderation")),
                row.getBoolean("trusted_only"),
                CommentRows.instant(row, "open_until"),
                CommentRows.instant(row, "created_at"),
                row.getLong("officially_answered"));
    }

    private static Discussion toDiscussion(Row row) {
        Discussion discussion = new Discussion();
        discussion.id = row.getLong("id");
        discussion.organisationId = row.getLong("organisation_id");
        discussion.title = row.getString("title");
        discussion.body = row.getString("body");
        discussion.documentTitle = row.getString("document_title");
        discussion.documentUrl = row.getString("document_url");
        discussion.audienceKind = AudienceKind.valueOf(row.getString("audience_kind"));
        discussion.audienceOktmo = row.getArrayOfStrings("audience_oktmo");
        discussion.trustedOnly = row.getBoolean("trusted_only");
        discussion.moderation = ModerationMode.valueOf(row.getString("moderation"));
        discussion.status = DiscussionStatus.valueOf(row.getString("status"));
        discussion.openUntil = CommentRows.instant(row, "open_until");
        discussion.summary = row.getString("summary");
        discussion.createdByOid = row.getString("created_by_oid");
        discussion.createdAt = CommentRows.instant(row, "created_at");
        discussion.closedAt = CommentRows.instant(row, "closed_at");
        discussion.updatedAt = CommentRows.instant(row, "updated_at");
        discussion.version = row.getInteger("version");
        return discussion;
    }

    private static OffsetDateTime parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "paging.cursor.invalid");
        }
    }
}
