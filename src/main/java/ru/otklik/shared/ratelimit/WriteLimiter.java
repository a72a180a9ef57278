package ru.otklik.shared.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import ru.otklik.shared.config.OtklikConfig;

/**
 * Holds each signed-in caller (by ESIA oid) to a rate of writes: a burst of {@code writes} at once, then that many per
 * period. Counted in each instance, like the partners' allowance: n instances behind a balancer admit up to n times
 * the figure. It protects an instance and the database from one runaway client or script, it is not a quota. A caller
 * idle for a whole period has a full bucket again, so its bucket is forgotten: memory follows the callers of the
 * last period, not everyone who ever wrote.
 */
@ApplicationScoped
public class WriteLimiter {

    /** Buckets kept before idle ones are swept out (at most once a period). */
    private static final int SWEEP_ABOVE = 10_000;

    private final OtklikConfig.WriteLimit settings;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong sweptAt = new AtomicLong(System.nanoTime());

    public WriteLimiter(OtklikConfig config) {
        this.settings = config.writeLimit();
    }

    /** Null when the write may go on; otherwise how long this caller should wait before the next one. */
    public Duration admit(String oid) {
        if (!settings.enabled() || oid == null) {
            return null;
        }
        long now = System.nanoTime();
        sweep(now);
        return buckets.computeIfAbsent(oid, caller -> new TokenBucket(settings.writes(), settings.per(), now))
                .take(settings.writes(), now);
    }

    private void sweep(long now) {
        long last = sweptAt.get();
        if (buckets.size() > SWEEP_ABOVE && now - last >= settings.per().toNanos() && sweptAt.compareAndSet(last, now)) {
            buckets.values().removeIf(bucket -> bucket.fullAgain(now));
        }
    }
}
