package ru.otklik.appeals.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.RejectionReason;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.rest.AppealFilter;
import ru.otklik.appeals.rest.AppealSummary;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.search.TextQuery;

/** Appeal lists: one SQL statement per page, with only the conditions that apply. */
@ApplicationScoped
public class AppealQueries {

    private static final String COLUMNS = """
            a.id, a.number, a.status, a.channel, a.category_id, a.organisation_id, left(a.text, 200) as excerpt,
            a.address, a.priority, a.created_at, a.due_date, a.due_at, a.answered_at""";
    private static final String DUE = "coalesce(a.due_at, 'infinity'::timestamptz)";
    private static final String OVERDUE = "(a.due_at is not null and a.status not in ('WITHDRAWN', 'REJECTED') "
            + "and coalesce(a.answered_at, now()) >= a.due_at)";
    private static final String NEWEST = "n";
    private static final String BY_DUE = "d";

    /**
     * Whose appeals a list may show, united: own (author), entered by this operator, the inbox of these
     * organisations (registered appeals only), or everything.
     */
    public record Visibility(String authorOid, String enteredByOid, List<Long> organisationIds, boolean all) {
    }

    private final Pool pool;

    public AppealQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<AppealSummary>> list(AppealFilter filter, Visibility visibility, boolean byDue, PageRequest page) {
        Statement statement = listStatement(filter, visibility, byDue, page);
        Instant now = Instant.now();
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            Page<Row> rowPage = Page.fromRows(list, page.limit, byDue
                    ? last -> Cursor.encode(BY_DUE, last.getBoolean("priority"), dueKey(last), last.getLong("id"))
                    : last -> Cursor.encode(NEWEST, last.getOffsetDateTime("created_at"), last.getLong("id")));
            return new Page<>(rowPage.items().stream().map(row -> toSummary(row, now)).toList(), rowPage.nextCursor());
        });
    }

    /** The SQL and parameters of one page; package-visible so that tests can check its query plans. */
    record Statement(String sql, List<Object> params) {
    }

    Statement listStatement(AppealFilter filter, Visibility visibility, boolean byDue, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (!visibility.all()) {
            List<String> any = new ArrayList<>();
            if (visibility.authorOid() != null) {
                params.add(visibility.authorOid());
                any.add("a.author_oid = $" + params.size());
            }
            if (visibility.enteredByOid() != null) {
                params.add(visibility.enteredByOid());
                any.add("a.entered_by_oid = $" + params.size());
            }
            List<Long> organisations = visibility.organisationIds();
            if (organisations.size() == 1) {
                // most officials act for one organisation: an equality lets the inbox index deliver rows in order
                params.add(organisations.get(0));
                any.add("(a.organisation_id = $" + params.size() + " and a.registered_at is not null)");
            } else if (!organisations.isEmpty()) {
                params.add(organisations.toArray(Long[]::new));
                any.add("(a.organisation_id = any($" + params.size() + ") and a.registered_at is not null)");
            }
            where.add(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")");
        }
        if (filter.status != null && filter.status.size() == 1) {
            // an equality lets the status index deliver rows newest first
            params.add(filter.status.get(0));
            where.add("a.status = $" + params.size());
        } else if (filter.status != null && !filter.status.isEmpty()) {
            params.add(filter.status.toArray(String[]::new));
            where.add("a.status = any($" + params.size() + ")");
        }
        if (filter.category != null) {
            params.add(filter.category);
            where.add("a.category_id = $" + params.size());
        }
        if (filter.organisation != null) {
            params.add(filter.organisation);
            where.add("a.organisation_id = $" + params.size());
        }
        if (filter.channel != null) {
            params.add(filter.channel);
            where.add("a.channel = $" + params.size());
        }
        if (filter.priority != null) {
            params.add(filter.priority);
            where.add("a.priority = $" + params.size());
        }
        if (filter.overdue != null) {
            where.add(filter.overdue ? OVERDUE : "not " + OVERDUE);
        }
        if (filter.from != null) {
            params.add(filter.from);
            where.add("a.created_on >= $" + params.size());
        }
        if (filter.to != null) {
            params.add(filter.to);
            where.add("a.created_on <= $" + params.size());
        }
        String tsQuery = filter.q == null ? null : TextQuery.prefixQuery(filter.q);
        if (tsQuery != null) {
            params.add(tsQuery);
            where.add("a.search_vector @@ to_tsquery('russian', $" + params.size() + ")");
        }
        String order;
        if (byDue) {
            order = "a.priority desc, " + DUE + ", a.id";
            if (page.cursor != null) {
                List<String> key = Cursor.decode(page.cursor, BY_DUE, 3);
                params.add(Boolean.parseBoolean(key.get(0)));
                int p = params.size();
                params.add(parseInstant(key.get(1)));
                int d = params.size();
                params.add(Cursor.longPart(key.get(2)));
                int i = params.size();
                where.add("(a.priority < $%d or (a.priority = $%d and (%s > $%d or (%s = $%d and a.id > $%d))))"
                        .formatted(p, p, DUE, d, DUE, d, i));
            }
        } else {
            order = "a.created_at desc, a.id desc";
            if (page.cursor != null) {
                List<String> key = Cursor.decode(page.cursor, NEWEST, 2);
                params.add(parseInstant(key.get(0)));
                params.add(Cursor.longPart(key.get(1)));
                where.add("(a.created_at, a.id) < ($" + (params.size() - 1) + ", $" + params.size() + ")");
            }
        }
        params.add(page.limit + 1);
        String conditions = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        // PostgreSQL cannot estimate how rare a prefix search is and would rather walk the newest-first index;
        // a search is meant to narrow things down, so it runs first (on the text index) and its matches are sorted
        String from = tsQuery == null ? "appeal a" + conditions : "(select * from appeal a" + conditions + " offset 0) a";
        String sql = "select " + COLUMNS + " from " + from
                + " order by " + order + " limit $" + params.size();
        return new Statement(sql, params);
    }

    /** The appeal as it is committed now, read on a connection of its own (not attached to any session). */
    public Uni<Appeal> find(long id) {
        return pool.preparedQuery("select * from appeal where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? toAppeal(rows.iterator().next()) : null);
    }

    private static Appeal toAppeal(Row row) {
        Appeal appeal = new Appeal();
        appeal.id = row.getLong("id");
        appeal.number = row.getString("number");
        appeal.authorOid = row.getString("author_oid");
        appeal.enteredByOid = row.getString("entered_by_oid");
        appeal.applicantName = row.getString("applicant_name");
        appeal.applicantPhone = row.getString("applicant_phone");
        appeal.channel = Channel.valueOf(row.getString("channel"));
        appeal.widgetOrganisationId = row.getLong("widget_organisation_id");
        appeal.categoryId = row.getLong("category_id");
        appeal.organisationId = row.getLong("organisation_id");
        appeal.regionCode = row.getString("region_code");
        appeal.oktmo = row.getString("oktmo");
        appeal.text = row.getString("text");
        appeal.address = row.getString("address");
        appeal.latitude = row.getDouble("latitude");
        appeal.longitude = row.getDouble("longitude");
        appeal.status = AppealStatus.valueOf(row.getString("status"));
        appeal.priority = row.getBoolean("priority");
        appeal.deadlineDays = row.getInteger("deadline_days");
        appeal.registeredAt = instant(row, "registered_at");
        appeal.dueDate = row.getLocalDate("due_date");
        appeal.dueAt = instant(row, "due_at");
        appeal.extended = row.getBoolean("extended");
        appeal.reopened = row.getBoolean("reopened");
        appeal.takenByOid = row.getString("taken_by_oid");
        appeal.answerText = row.getString("answer_text");
        appeal.answeredAt = instant(row, "answered_at");
        appeal.answeredByOid = row.getString("answered_by_oid");
        appeal.rating = row.getShort("rating");
        appeal.ratingComment = row.getString("rating_comment");
        String reason = row.getString("rejection_reason");
        appeal.rejectionReason = reason == null ? null : RejectionReason.valueOf(reason);
        appeal.rejectionComment = row.getString("rejection_comment");
        appeal.duplicateOf = row.getLong("duplicate_of");
        appeal.createdAt = instant(row, "created_at");
        appeal.createdOn = row.getLocalDate("created_on");
        appeal.updatedAt = instant(row, "updated_at");
        appeal.version = row.getInteger("version");
        return appeal;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw ru.otklik.shared.problem.ApiException.invalid("cursor", "paging.cursor.invalid");
        }
    }

    private static String dueKey(Row row) {
        OffsetDateTime due = row.getOffsetDateTime("due_at");
        return (due == null ? OffsetDateTime.MAX : due).toString();
    }

    private static AppealSummary toSummary(Row row, Instant now) {
        AppealStatus status = AppealStatus.valueOf(row.getString("status"));
        OffsetDateTime dueAt = row.getOffsetDateTime("due_at");
        OffsetDateTime answeredAt = row.getOffsetDateTime("answered_at");
        boolean overdue = dueAt != null && status != AppealStatus.WITHDRAWN && status != AppealStatus.REJECTED
                && !(answeredAt != null ? answeredAt.toInstant() : now).isBefore(dueAt.toInstant());
        return new AppealSummary(
                row.getLong("id"),
                row.getString("number"),
                status,
                Channel.valueOf(row.getString("channel")),
                row.getLong("category_id"),
                row.getLong("organisation_id"),
                row.getString("excerpt"),
                row.getString("address"),
                row.getBoolean("priority"),
                row.getOffsetDateTime("created_at").toInstant(),
                row.getLocalDate("due_date"),
                overdue);
    }
}
