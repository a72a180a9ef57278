package ru.otklik.webhooks.repository;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.shared.paging.Cursor;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.webhooks.DisabledReason;
import ru.otklik.webhooks.SubscriptionStatus;
import ru.otklik.webhooks.dto.SubscriptionView;

/** Subscriptions as their API shows them (never the secrets): one statement each, outside any transaction. */
@ApplicationScoped
public class SubscriptionQueries {

    private static final String COLUMNS = """
            s.id, s.partner_id, s.url, s.event_types, s.organisation_ids, s.description, s.status, s.disabled_reason,
            s.consecutive_dead, case when s.previous_secret_until > now() then s.previous_secret_until end as previous_until,
            s.created_at, s.updated_at, s.version""";
    private static final String BY_ID = "w";

    private final Pool pool;

    public SubscriptionQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<SubscriptionView> findById(long id) {
        return pool.preparedQuery("select " + COLUMNS + " from webhook_subscription s where s.id = $1").execute(Tuple.of(id))
                .map(rows -> rows.iterator().hasNext() ? toView(rows.iterator().next()) : null);
    }

    /** Oldest first; of one partner (index {@code webhook_subscription_partner_idx}) or of all. */
    public Uni<Page<SubscriptionView>> list(Long partnerId, PageRequest page) {
        List<String> where = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (partnerId != null) {
            params.add(partnerId);
            where.add("s.partner_id = $" + params.size());
        }
        if (page.cursor != null) {
            params.add(Cursor.longPart(Cursor.decode(page.cursor, BY_ID, 1).get(0)));
            where.add("s.id > $" + params.size());
        }
        params.add(page.limit + 1);
        String sql = "select " + COLUMNS + " from webhook_subscription s"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by s.id limit $" + params.size();
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<SubscriptionView> views = new ArrayList<>();
            rows.forEach(row -> views.add(toView(row)));
            return Page.fromRows(views, page.limit, last -> Cursor.encode(BY_ID, last.id()));
        });
    }

    private static SubscriptionView toView(Row row) {
        String reason = row.getString("disabled_reason");
        return new SubscriptionView(
                row.getLong("id"),
                row.getLong("partner_id"),
                row.getString("url"),
                Arrays.asList(row.getArrayOfStrings("event_types")),
                Arrays.asList(row.getArrayOfLongs("organisation_ids")),
                row.getString("description"),
                SubscriptionStatus.valueOf(row.getString("status")),
                reason == null ? null : DisabledReason.valueOf(reason),
                row.getInteger("consecutive_dead"),
                row.getOffsetDateTime("previous_until") == null ? null : row.getOffsetDateTime("previous_until").toInstant(),
                row.getOffsetDateTime("created_at").toInstant(),
                row.getOffsetDateTime("updated_at").toInstant(),
                row.getInteger("version"),
                null);
    }
}
