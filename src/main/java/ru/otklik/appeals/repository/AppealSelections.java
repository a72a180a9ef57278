package ru.otklik.appeals.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.appeals.AppealStatus;
import ru.otklik.appeals.RejectionReason;
import ru.otklik.appeals.dto.AppealRecord;
import ru.otklik.appeals.dto.AppealSelection;
import ru.otklik.appeals.dto.GeoPoint;

/** Selections of many appeals at once for a caller (Open311's GET requests), outside any transaction. */
@ApplicationScoped
public class AppealSelections {

    private final Pool pool;

    public AppealSelections(Pool pool) {
        this.pool = pool;
    }

    /** A selection of appeals the caller may see, newest first, in one statement. */
    public Uni<List<AppealRecord>> select(AppealSelection selection, AppealQueries.Visibility visibility) {
        AppealQueries.Statement statement = selectStatement(selection, visibility);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<AppealRecord> records = new ArrayList<>();
            rows.forEach(row -> records.add(toRecord(row)));
            return records;
        });
    }

    /**
     * The SQL of a selection. Ids go by the primary key; otherwise the window of filing times walks
     * {@code appeal_created_idx} newest first (or the visibility's own indexes), with categories and statuses as
     * filters on the way. Package-visible for the query-plan test.
     */
    AppealQueries.Statement selectStatement(AppealSelection selection, AppealQueries.Visibility visibility) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        AppealQueries.visible(visibility, where, params);
        if (!selection.ids().isEmpty()) {
            params.add(selection.ids().toArray(Long[]::new));
            where.add("a.id = any($" + params.size() + ")");
        }
        if (!selection.categoryIds().isEmpty()) {
            params.add(selection.categoryIds().toArray(Long[]::new));
            where.add("a.category_id = any($" + params.size() + ")");
        }
        if (!selection.statuses().isEmpty()) {
            params.add(selection.statuses().stream().map(Enum::name).toArray(String[]::new));
            where.add("a.status = any($" + params.size() + ")");
        }
        if (selection.from() != null) {
            params.add(selection.from().atOffset(java.time.ZoneOffset.UTC));
            where.add("a.created_at >= $" + params.size());
        }
        if (selection.to() != null) {
            params.add(selection.to().atOffset(java.time.ZoneOffset.UTC));
            where.add("a.created_at <= $" + params.size());
        }
        params.add(selection.limit());
        String sql = """
                select a.id, a.number, a.status, a.category_id, a.organisation_id, a.text, a.address, a.latitude, a.longitude,
                       a.media_url, a.created_at, a.updated_at, a.due_date, a.due_at, a.answer_text, a.rejection_reason
                from appeal a""" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.created_at desc, a.id desc limit $" + params.size();
        return new AppealQueries.Statement(sql, params);
    }

    private static AppealRecord toRecord(Row row) {
        String reason = row.getString("rejection_reason");
        return new AppealRecord(
                row.getLong("id"),
                row.getString("number"),
                AppealStatus.valueOf(row.getString("status")),
                row.getLong("category_id"),
                row.getLong("organisation_id"),
                row.getString("text"),
                row.getString("address"),
                row.getDouble("latitude") == null ? null : new GeoPoint(row.getDouble("latitude"), row.getDouble("longitude")),
                row.getString("media_url"),
                AppealQueries.instant(row, "created_at"),
                AppealQueries.instant(row, "updated_at"),
                row.getLocalDate("due_date"),
                AppealQueries.instant(row, "due_at"),
                row.getString("answer_text"),
                reason == null ? null : RejectionReason.valueOf(reason));
    }

}
