package ru.otklik.shared.ratelimit;

import java.time.Duration;

/**
 * An allowance of calls: up to a period's worth at once, refilled evenly over the period. Pure arithmetic over the
 * times it is given (nanoseconds of {@link System#nanoTime}), so that it is tested without clocks.
 */
public final class TokenBucket {

    private final long period;
    private int capacity;
    private double tokens;
    private long updatedAt;

    public TokenBucket(int capacity, Duration period, long now) {
        this.period = period.toNanos();
        this.capacity = capacity;
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one call's token: null when there was one, otherwise how long until there is. */
    public synchronized Duration take(int limit, long now) {
        if (limit != capacity) {
            tokens = Math.min(tokens, limit);
            capacity = limit;
        }
        tokens = Math.min(capacity, tokens + (double) (now - updatedAt) * capacity / period);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return null;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * period / capacity));
    }

    /** Whether it has been left alone long enough to be full again: then forgetting it changes nothing. */
    public synchronized boolean fullAgain(long now) {
        return now - updatedAt >= period;
    }
}
