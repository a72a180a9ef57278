package ru.otklik.shared.action;

/**
 * What a write did: the HTTP status it answers with and the resource it made or changed ({@code null} when what it
 * made has no address of its own: a ballot, kept only as counts). Kept with an {@code Idempotency-Key} and replayed
 * ({@code replayed = true}) to a retry.
 */
public record Outcome(int status, Long resourceId, boolean replayed) {

    public static Outcome of(int status, long resourceId) {
        return new Outcome(status, resourceId, false);
    }

    /** A write that made something with no address of its own (a secret ballot): answered without a Location. */
    public static Outcome unaddressed(int status) {
        return new Outcome(status, null, false);
    }

    public boolean created() {
        return status == 201;
    }
}
