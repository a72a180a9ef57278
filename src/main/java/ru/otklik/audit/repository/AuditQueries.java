package ru.otklik.audit.repository;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import ru.otklik.audit.dto.AuditEntryView;
import ru.otklik.audit.dto.AuditQuery;

/**
 * The read side of the audit trail, on the pool: one statement per page, newest first by (occurred_at, id). Every
 * filter has an index in that order ({@code V13__audit.sql}): the actor's, the object's, the object type's, the time's
 * for the period alone; a page reads its rows and one more.
 */
@ApplicationScoped
public class AuditQueries {

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;

    public AuditQueries(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /** A statement and its parameters. */
    public record Statement(String sql, List<Object> params) {
    }

    /** Up to {@code query.limit()} entries after the query's key. */
    public Uni<List<AuditEntryView>> page(AuditQuery query) {
        Statement statement = statement(query);
        return pool.preparedQuery(statement.sql()).execute(Tuple.from(statement.params())).map(rows -> {
            List<AuditEntryView> views = new ArrayList<>();
            rows.forEach(row -> views.add(toView(row)));
            return views;
        });
    }

    /** The one statement of a page (public for the query-plan test). */
    public Statement statement(AuditQuery query) {
        List<Object> params = new ArrayList<>();
        List<String> where = new ArrayList<>();
        if (query.actorOid() != null) {
            params.add(query.actorOid());
            where.add("actor_oid = $" + params.size());
        }
        if (query.objectType() != null) {
            params.add(query.objectType());
            where.add("object_type = $" + params.size());
        }
        if (query.objectId() != null) {
            params.add(query.objectId());
            where.add("object_id = $" + params.size());
        }
        if (query.from() != null) {
            params.add(query.from().atOffset(ZoneOffset.UTC));
            where.add("occurred_at >= $" + params.size());
        }
        if (query.to() != null) {
            params.add(query.to().atOffset(ZoneOffset.UTC));
            where.add("occurred_at < $" + params.size());
        }
        if (query.afterTime() != null) {
            params.add(query.afterTime().atOffset(ZoneOffset.UTC));
            params.add(query.afterId());
            where.add("(occurred_at, id) < ($" + (params.size() - 1) + ", $" + params.size() + ")");
        }
        params.add(query.limit());
        return new Statement("""
                select id, occurred_at, actor_oid, actor_role, action, object_type, object_id,
                       before::text as before, after::text as after, event_id
                from audit_entry""" + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by occurred_at desc, id desc limit $" + params.size(), params);
    }

    private AuditEntryView toView(Row row) {
        return new AuditEntryView(row.getLong("id"), row.getOffsetDateTime("occurred_at").toInstant(),
                row.getString("actor_oid"), row.getString("actor_role"), row.getString("action"),
                row.getString("object_type"), row.getLong("object_id"), fields(row.getString("before")),
                fields(row.getString("after")), row.getLong("event_id"));
    }

    private Map<String, Object> fields(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable audit entry", e);
        }
    }
}
