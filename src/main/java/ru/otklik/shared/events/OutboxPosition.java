package ru.otklik.shared.events;

import java.util.Comparator;

/**
 * A place in the outbox in commit order: after the event of transaction {@code txId} with id {@code id}. Followers of
 * the outbox keep one as their cursor (a webhook subscription, a live stream's {@code Last-Event-ID}). Its token,
 * {@code <txId>-<id>}, is opaque to clients.
 */
public record OutboxPosition(long txId, long id) implements Comparable<OutboxPosition> {

    private static final Comparator<OutboxPosition> ORDER = Comparator.comparingLong(OutboxPosition::txId)
            .thenComparingLong(OutboxPosition::id);

    /** Before every event of transactions from {@code txId} on: where a follower starting at that horizon stands. */
    public static OutboxPosition before(long txId) {
        return new OutboxPosition(txId, 0);
    }

    public String token() {
        return txId + "-" + id;
    }

    /** The position a token stands for, or null when it is not one. */
    public static OutboxPosition parse(String token) {
        if (token == null || !token.matches("[0-9]{1,18}-[0-9]{1,18}")) {
            return null;
        }
        int dash = token.indexOf('-');
        return new OutboxPosition(Long.parseLong(token.substring(0, dash)), Long.parseLong(token.substring(dash + 1)));
    }

    @Override
    public int compareTo(OutboxPosition other) {
        return ORDER.compare(this, other);
    }

    public boolean isAfter(OutboxPosition other) {
        return compareTo(other) > 0;
    }
}
