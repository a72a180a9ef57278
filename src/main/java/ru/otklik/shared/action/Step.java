package ru.otklik.shared.action;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * What a change tells the kit besides the fields it set: where it leads when the action has several targets, why
 * (the journal's reason), the facts the journal keeps (new due date, rating, ...; never personal data of others),
 * and, for an action that makes a sub-resource (a file), its id, answered with 201.
 */
public record Step(Enum<?> to, String reason, Map<String, Object> details, Long created) {

    public static Step done() {
        return new Step(null, null, Map.of(), null);
    }

    public static Step because(String reason) {
        return done().withReason(reason);
    }

    public Step withReason(String why) {
        return new Step(to, why, details, created);
    }

    public Step leadingTo(Enum<?> target) {
        return new Step(target, reason, details, created);
    }

    /** Adds a fact for the journal; a null value is left out. */
    public Step with(String key, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new Step(to, reason, Collections.unmodifiableMap(more), created);
    }

    public Step creating(long id) {
        return new Step(to, reason, details, id);
    }

    public Uni<Step> asUni() {
        return Uni.createFrom().item(this);
    }
}
