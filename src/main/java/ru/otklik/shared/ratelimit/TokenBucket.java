package ru.otklik.partners.service;

import java.time.Duration;

/**
 * A partner's allowance of API calls: up to a minute's worth at once, refilled evenly over the minute. Pure
 * arithmetic over the times it is given (nanoseconds of {@link System#nanoTime}), so that it is tested without clocks.
 */
final class TokenBucket {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    private int perMinute;
    private double tokens;
    private long updatedAt;

    TokenBucket(int perMinute, long now) {
        this.perMinute = perMinute;
        this.tokens = perMinute;
        this.updatedAt = now;
    }

    /** Takes one call's token: null when there was one, otherwise how long until there is. */
    synchronized Duration take(int limit, long now) {
        if (limit != perMinute) {
            tokens = Math.min(tokens, limit);
            perMinute = limit;
        }
        tokens = Math.min(perMinute, tokens + (double) (now - updatedAt) * perMinute / MINUTE);
        updatedAt = now;
        if (tokens >= 1) {
            tokens -= 1;
            return null;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) * MINUTE / perMinute));
    }
}
