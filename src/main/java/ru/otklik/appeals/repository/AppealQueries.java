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
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import ru.otklik.appeals.Appeal;
import ru.otklik.appeals.AppealAttachment;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.Channel;
import ru.otklik.appeals.RejectionReason;
import ru.otklik.appeals.dto.AppealFilter;
import ru.otklik.appeals.dto.AppealSummary;
import ru.otklik.appeals.dto.AttachmentView;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.search.TextQuery;

/**
 * The read side of appeals, outside any transaction: one appeal with its files' metadata in one statement, and
 * lists in one statement per page, with only the conditions that apply.
 */
@ApplicationScoped
public class AppealQueries {

    private static final String COLUMNS = """
            a.id, a.number, a.status, a.channel, a.category_id, a.organisation_id, left(a.text, 200) as excerpt,
            a.address, a.priority, a.created_at, a.due_date, a.due_date_provisional, a.due_at,""" + " " + Overdue.SQL + " as overdue";
    private static final String DUE = "coalesce(a.due_at, 'infinity'::timestamptz)";
    private static final String NEWEST = "n";
    private static final String BY_DUE = "d";

    /** The one definition of "overdue": not answered by the end of the due date (an answer after it counts as late). */
    static final class Overdue {
        static final String SQL = "(a.due_at is not null and a.status not in ('WITHDRAWN', 'REJECTED') "
                + "and coalesce(a.answered_at, now()) >= a.due_at)";

        private Overdue() {
        }
    }

    /** An appeal as committed now, whether it is overdue now, and the metadata of its files (all of them). */
    public record Stored(Appeal appeal, boolean overdue, List<AttachmentView> attachments) {
    }

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
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            Page<Row> rowPage = Page.fromRows(list, page.limit, byDue
                    ? last -> Cursor.encode(BY_DUE, last.getBoolean("priority"), dueKey(last), last.getLong("id"))
                    : last -> Cursor.encode(NEWEST, last.getOffsetDateTime("created_at"), last.getLong("id")));
            return new Page<>(rowPage.items().stream().map(AppealQueries::toSummary).toList(), rowPage.nextCursor());
        });
    }

    /** The SQL and parameters of one page; package-visible so that tests can check its query plans. */
    record Statement(String sql, List<Object> params) {
    }

    Statement listStatement(AppealFilter filter, Visibility visibility, boolean byDue, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        visible(visibility, where, params);
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
        if (filter.provisional != null) {
            // a literal, not a parameter: it lets the partial indexes on provisional deadlines prove their condition
            where.add(filter.provisional ? "a.due_date_provisional" : "not a.due_date_provisional");
        }
        if (filter.overdue != null) {
            where.add(filter.overdue ? Overdue.SQL : "not " + Overdue.SQL);
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

    /** Adds the condition "the caller may see it" of a list. */
    static void visible(Visibility visibility, List<String> where, List<Object> params) {
        if (visibility.all()) {
            return;
        }
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

    /** The appeal as it is committed now with its files' metadata, or null; one statement outside any session. */
    public Uni<Stored> find(long id) {
        return pool.preparedQuery("""
                select a.*, %s as overdue,
                       (select json_agg(json_build_object('id', f.id, 'part', f.part, 'fileName', f.file_name,
                                        'mediaType', f.media_type, 'size', f.size_bytes, 'sha256', f.sha256,
                                        'createdAt', f.created_at, 'thumbnail', f.thumbnail is not null) order by f.id)
                        from appeal_attachment f where f.appeal_id = a.id) as attachments
                from appeal a where a.id = $1""".formatted(Overdue.SQL))
                .execute(Tuple.of(id))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new Stored(toAppeal(row), row.getBoolean("overdue"), toAttachments(row.getJsonArray("attachments")));
                });
    }

    private static List<AttachmentView> toAttachments(JsonArray files) {
        if (files == null) {
            return List.of();
        }
        List<AttachmentView> views = new ArrayList<>();
        for (Object file : files) {
            JsonObject f = (JsonObject) file;
            views.add(new AttachmentView(f.getLong("id"), AppealAttachment.Part.valueOf(f.getString("part")),
                    f.getString("fileName"), f.getString("mediaType"), f.getLong("size"), f.getString("sha256"),
                    OffsetDateTime.parse(f.getString("createdAt")).toInstant(), f.getBoolean("thumbnail")));
        }
        return List.copyOf(views);
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
        appeal.mediaUrl = row.getString("media_url");
        appeal.status = AppealStatus.valueOf(row.getString("status"));
        appeal.priority = row.getBoolean("priority");
        appeal.deadlineDays = row.getInteger("deadline_days");
        appeal.registeredAt = instant(row, "registered_at");
        appeal.dueDate = row.getLocalDate("due_date");
        appeal.dueAt = instant(row, "due_at");
        appeal.deadlineStart = row.getLocalDate("deadline_start");
        appeal.deadlineWorkingDays = row.getInteger("deadline_working_days");
        appeal.dueDateProvisional = row.getBoolean("due_date_provisional");
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
        appeal.supporters = row.getInteger("supporters");
        return appeal;
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime parseInstant(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (RuntimeException e) {
            throw ApiException.invalid("cursor", "paging.cursor.invalid");
        }
    }

    private static String dueKey(Row row) {
        OffsetDateTime due = row.getOffsetDateTime("due_at");
        return (due == null ? OffsetDateTime.MAX : due).toString();
    }

    private static AppealSummary toSummary(Row row) {
        return new AppealSummary(
                row.getLong("id"),
                row.getString("number"),
                AppealStatus.valueOf(row.getString("status")),
                Channel.valueOf(row.getString("channel")),
                row.getLong("category_id"),
                row.getLong("organisation_id"),
                row.getString("excerpt"),
                row.getString("address"),
                row.getBoolean("priority"),
                row.getOffsetDateTime("created_at").toInstant(),
                row.getLocalDate("due_date"),
                row.getBoolean("due_date_provisional"),
                row.getBoolean("overdue"));
    }
}
