package ru.otklik.shared.events;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The audit trail's writer: who did which privileged action to what, when, and the fields it changed. Always in the
 * caller's write transaction (its session, never the pool), so an entry exists exactly when the change commits and a
 * refused or failed action leaves none.
 * <ul>
 * <li>Actions of a transition table marked {@code privileged} (moderation, calendar loads) are derived by the write
 * kit from the outbox entry they publish ({@link #derive}): before is the status, after the event's public payload
 * with the step's facts (codes, dates; never the step's free-text reason).</li>
 * <li>Writes outside any table (the directory, routing rules, partners, webhooks) call {@link #record} with
 * snapshots of the object before and after: records that hold no personal data beyond oids. Only the fields that
 * differ are kept; a creation keeps every field as after, a deletion every field as before.</li>
 * </ul>
 */
@ApplicationScoped
public class AuditTrail {

    private final ObjectMapper json;

    public AuditTrail(ObjectMapper json) {
        this.json = json;
    }

    /** Who acted: the person's oid and the role they acted in (ADMIN, MODERATOR, PARTNER, ...). */
    public record Actor(String oid, String role) {
    }

    /**
     * Records {@code action} ({@code <objectType>.<past tense>}, e.g. {@code organisation.updated}) on the object, in
     * the current write transaction. {@code before} is null for a creation, {@code after} for a deletion.
     */
    public Uni<Void> record(Actor actor, String action, String objectType, long objectId, Object before, Object after) {
        if (!action.startsWith(objectType + ".")) {
            throw new IllegalArgumentException("Audit action " + action + " must start with " + objectType + ".");
        }
        JsonNode was = before == null ? null : json.valueToTree(before);
        JsonNode is = after == null ? null : json.valueToTree(after);
        if (was instanceof ObjectNode old && is instanceof ObjectNode now) {
            dropUnchanged(old, now);
        }
        return persist(Instant.now(), actor.oid(), actor.role(), action, objectType, objectId, was, is, null);
    }

    /** The entry of a privileged step of a transition table, from its outbox entry; in the same transaction. */
    Uni<Void> derive(Outbox.Entry entry, long eventId) {
        ObjectNode before = null;
        if (entry.fromStatus() != null) {
            before = json.createObjectNode().put("status", entry.fromStatus());
        }
        ObjectNode after = json.valueToTree(entry.payload());
        after.put("status", entry.toStatus());
        if (entry.details() != null) {
            entry.details().forEach((key, value) -> after.set(key, json.valueToTree(value)));
        }
        return persist(entry.at(), entry.actorOid(), entry.actorRole(), entry.type(), entry.aggregateKind(),
                entry.aggregateId(), before, after, eventId);
    }

    private static void dropUnchanged(ObjectNode before, ObjectNode after) {
        Map<String, JsonNode> unchanged = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = before.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (Objects.equals(field.getValue(), after.get(field.getKey()))) {
                unchanged.put(field.getKey(), field.getValue());
            }
        }
        unchanged.keySet().forEach(key -> {
            before.remove(key);
            after.remove(key);
        });
    }

    private Uni<Void> persist(Instant at, String actorOid, String actorRole, String action, String objectType,
            long objectId, JsonNode before, JsonNode after, Long eventId) {
        AuditRecord record = new AuditRecord();
        record.occurredAt = at;
        record.actorOid = actorOid;
        record.actorRole = actorRole;
        record.action = action;
        record.objectType = objectType;
        record.objectId = objectId;
        record.before = text(before);
        record.after = text(after);
        record.eventId = eventId;
        return Panache.getSession().chain(session -> session.persist(record));
    }

    private String text(JsonNode node) {
        if (node == null) {
            return null;
        }
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an audit entry", e);
        }
    }
}
