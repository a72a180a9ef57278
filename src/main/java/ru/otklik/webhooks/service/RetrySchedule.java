package ru.otklik.webhooks.service;

import java.time.Duration;
import java.time.Instant;
import java.util.function.DoubleSupplier;

import ru.otklik.shared.config.OtklikConfig;

/**
 * When a failed delivery is tried again. Failures worth a retry (a 5xx, a 429, a timeout, a connection error) wait
 * {@code initial × 2^(attempt−1)}, at most {@code max}, of which a random part ("equal jitter": between half and all
 * of it), so that a partner coming back is not hit by every instance at once; a 429's {@code Retry-After} is honoured
 * when it asks for longer (a wait beyond the give-up time kills the delivery). A delivery whose next try
 * would come later than {@code giveUpAfter} after it was queued is dead. Pure arithmetic: tested without clocks.
 */
public final class RetrySchedule {

    private final Duration initial;
    private final Duration max;
    private final Duration giveUpAfter;
    private final DoubleSupplier random;

    public RetrySchedule(Duration initial, Duration max, Duration giveUpAfter, DoubleSupplier random) {
        this.initial = initial;
        this.max = max;
        this.giveUpAfter = giveUpAfter;
        this.random = random;
    }

    public static RetrySchedule of(OtklikConfig.Retry retry, DoubleSupplier random) {
        return new RetrySchedule(retry.initial(), retry.max(), retry.giveUpAfter(), random);
    }

    /**
     * The time of the next try after {@code attempts} failed ones (the last just now), or null when the delivery is
     * dead. {@code retryAfter} is the partner's own wish (429), or null.
     */
    public Instant next(int attempts, Instant queuedAt, Instant now, Duration retryAfter) {
        Duration delay = delay(attempts);
        if (retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        Instant next = now.plus(delay);
        return next.isAfter(queuedAt.plus(giveUpAfter)) ? null : next;
    }

    Duration delay(int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 30);
        long millis = initial.toMillis() * factor;
        long capped = millis <= 0 || millis > max.toMillis() ? max.toMillis() : millis;
        return Duration.ofMillis(capped / 2 + (long) (random.getAsDouble() * (capped - capped / 2)));
    }
}
