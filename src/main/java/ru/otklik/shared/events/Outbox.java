package ru.otklik.shared.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The shared event outbox: {@link #append} writes a change's event in the caller's write transaction (so it exists
 * exactly when the change does); {@link #journal} reads an aggregate's history back, after any transaction.
 * Payloads and details are serialised by Jackson from records and maps, never assembled by hand.
 */
@ApplicationScoped
public class Outbox {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final Pool pool;
    private final ObjectMapper json;
    private final AuditTrail audit;

    public Outbox(Pool pool, ObjectMapper json, AuditTrail audit) {
        this.pool = pool;
        this.json = json;
        this.audit = audit;
    }

    /**
     * What a change leaves in the outbox; see {@link OutboxEvent} for each part. A {@code privileged} entry (its table
     * marks the action so) also leaves an audit entry derived from it ({@link AuditTrail}).
     */
    public record Entry(String type, String aggregateKind, long aggregateId, Instant at, Long organisationId,
            String subjectOid, Record payload, String action, String actorOid, String actorRole, Long actorOrganisationId,
            String fromStatus, String toStatus, String reason, Map<String, Object> details, boolean privileged) {
    }

    /** Adds the entry (and the audit entry of a privileged one) in the current write transaction. */
    public Uni<Void> append(Entry entry) {
        OutboxEvent event = new OutboxEvent();
        event.type = entry.type();
        event.aggregateKind = entry.aggregateKind();
        event.aggregateId = entry.aggregateId();
        event.occurredAt = entry.at();
        event.organisationId = entry.organisationId();
        event.subjectOid = entry.subjectOid();
        event.payload = write(entry.payload());
        event.action = entry.action();
        event.actorOid = entry.actorOid();
        event.actorRole = entry.actorRole();
        event.actorOrganisationId = entry.actorOrganisationId();
        event.fromStatus = entry.fromStatus();
        event.toStatus = entry.toStatus();
        event.reason = entry.reason();
        event.details = entry.details() == null || entry.details().isEmpty() ? null : write(entry.details());
        return Panache.getSession().chain(session -> session.persist(event))
                // the identity is known once persisted: the audit entry names the event it comes from
                .chain(() -> entry.privileged() ? audit.derive(entry, event.id) : Uni.createFrom().voidItem());
    }

    /**
     * Every step of one aggregate, oldest first, as committed now: the rows of its table's transitions (events of
     * writes outside the table, which have no status, are not steps).
     */
    public Uni<List<JournalEntry>> journal(String aggregateKind, long aggregateId) {
        return pool.preparedQuery("""
                select id, occurred_at, type, action, actor_role, actor_oid, actor_organisation_id, from_status, to_status,
                       reason, details::text as details
                from outbox_event where aggregate_kind = $1 and aggregate_id = $2 and to_status is not null order by id""")
                .execute(Tuple.of(aggregateKind, aggregateId))
                .map(rows -> {
                    List<JournalEntry> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(toEntry(row)));
                    return entries;
                });
    }

    private JournalEntry toEntry(Row row) {
        String details = row.getString("details");
        return new JournalEntry(row.getLong("id"), row.getOffsetDateTime("occurred_at").toInstant(), row.getString("type"),
                row.getString("action"), row.getString("actor_role"), row.getString("actor_oid"),
                row.getLong("actor_organisation_id"), row.getString("from_status"), row.getString("to_status"),
                row.getString("reason"), details == null ? null : read(details));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an outbox entry", e);
        }
    }

    private Map<String, Object> read(String details) {
        try {
            return json.readValue(details, DETAILS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable journal details", e);
        }
    }
}
