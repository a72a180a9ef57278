package ru.otklik.shared.action;

/**
 * What a write did: the HTTP status it answers with and the resource it made or changed. Kept with an
 * {@code Idempotency-Key} and replayed ({@code replayed = true}) to a retry.
 */
public record Outcome(int status, long resourceId, boolean replayed) {

    public static Outcome of(int status, long resourceId) {
        return new Outcome(status, resourceId, false);
    }

    public boolean created() {
        return status == 201;
    }
}
