package ru.otklik.webhooks.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.webhooks.DeliveryStatus;
import ru.otklik.webhooks.dto.DeliveryView;

/**
 * The delivery log of a subscription, newest first, with every attempt: one statement per page (indexes
 * {@code webhook_delivery_log_idx}, {@code webhook_delivery_status_idx}).
 */
@ApplicationScoped
public class DeliveryQueries {

    private static final String BY_ID = "d";

    private final Pool pool;

    public DeliveryQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Page<DeliveryView>> log(long subscriptionId, String status, PageRequest page) {
        List<Object> params = new ArrayList<>();
        params.add(subscriptionId);
        String where = "d.subscription_id = $1";
        if (status != null) {
            params.add(status);
            where += " and d.status = $" + params.size();
        }
        if (page.cursor != null) {
            params.add(Cursor.longPart(Cursor.decode(page.cursor, BY_ID, 1).get(0)));
            where += " and d.id < $" + params.size();
        }
        params.add(page.limit + 1);
        String sql = """
                select d.id, d.event_id, e.type, d.occurred_at, d.status, d.replay, d.attempts, d.next_attempt_at,
                       d.created_at, d.finished_at,
                       (select json_agg(json_build_object('at', a.at, 'statusCode', a.status_code, 'error', a.error,
                                                          'latencyMs', a.latency_ms, 'outcome', a.outcome) order by a.id)
                        from webhook_attempt a where a.delivery_id = d.id) as attempt_log
                from webhook_delivery d join outbox_event e on e.id = d.event_id
                where %s
                order by d.id desc
                limit $%d""".formatted(where, params.size());
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<DeliveryView> views = new ArrayList<>();
            rows.forEach(row -> views.add(toView(row)));
            return Page.fromRows(views, page.limit, last -> Cursor.encode(BY_ID, last.id()));
        });
    }

    /** Whether the delivery is one of the subscription's. */
    public Uni<Boolean> exists(long subscriptionId, long deliveryId) {
        return pool.preparedQuery("select 1 from webhook_delivery where id = $1 and subscription_id = $2")
                .execute(Tuple.of(deliveryId, subscriptionId))
                .map(rows -> rows.iterator().hasNext());
    }

    private static DeliveryView toView(Row row) {
        DeliveryStatus status = DeliveryStatus.valueOf(row.getString("status"));
        return new DeliveryView(
                row.getLong("id"),
                row.getLong("event_id"),
                row.getString("type"),
                instant(row.getOffsetDateTime("occurred_at")),
                status,
                row.getBoolean("replay"),
                row.getInteger("attempts"),
                status == DeliveryStatus.PENDING ? instant(row.getOffsetDateTime("next_attempt_at")) : null,
                instant(row.getOffsetDateTime("created_at")),
                instant(row.getOffsetDateTime("finished_at")),
                attempts(row.getJsonArray("attempt_log")));
    }

    private static List<DeliveryView.AttemptView> attempts(JsonArray log) {
        if (log == null) {
            return List.of();
        }
        List<DeliveryView.AttemptView> attempts = new ArrayList<>();
        for (Object entry : log) {
            JsonObject attempt = (JsonObject) entry;
            attempts.add(new DeliveryView.AttemptView(OffsetDateTime.parse(attempt.getString("at")).toInstant(),
                    attempt.getInteger("statusCode"), attempt.getString("error"), attempt.getInteger("latencyMs"),
                    attempt.getString("outcome")));
        }
        return List.copyOf(attempts);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
