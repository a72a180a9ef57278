package ru.otklik.shared.schedule;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.shared.db.DatabaseOutage;

/**
 * A background worker's round, run on a Vert.x timer every interval of its typed config, on every instance, from
 * {@link #start()} (the worker's start-up) until {@link #stop()} (its shutdown): after stop no round begins, and a
 * round already running ends on its own.
 * <p>
 * A round that fails is logged once at WARN, by the class of its failure only (an exception's message may carry
 * data), and the rounds go on; further failures in a row are quiet (DEBUG, with the stack trace) until a round
 * succeeds again, which is logged with the count. A database outage so costs each worker two lines, as it costs the
 * requests two ({@link DatabaseOutage}), not one stack trace per tick.
 */
public final class PeriodicRound {

    private static final Logger LOG = Logger.getLogger(PeriodicRound.class);

    private final Vertx vertx;
    private final String name;
    private final Duration every;
    private final boolean overlapping;
    private final Supplier<Uni<?>> round;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private final AtomicInteger failedInARow = new AtomicInteger();
    private volatile boolean stopped;
    private volatile long timer = -1;

    private PeriodicRound(Vertx vertx, String name, Duration every, boolean overlapping, Supplier<Uni<?>> round) {
        this.vertx = vertx;
        this.name = name;
        this.every = every;
        this.overlapping = overlapping;
        this.round = round;
    }

    /** Rounds that never overlap: a tick that comes while the previous round still runs is skipped. */
    public static PeriodicRound of(Vertx vertx, String name, Duration every, Supplier<Uni<?>> round) {
        return new PeriodicRound(vertx, name, every, false, round);
    }

    /**
     * Rounds that start at every tick, even beside earlier ones still running: for rounds that bound themselves (a
     * {@code ClaimRoom}), so that one slow piece of work never holds up the next claim.
     */
    public static PeriodicRound overlapping(Vertx vertx, String name, Duration every, Supplier<Uni<?>> round) {
        return new PeriodicRound(vertx, name, every, true, round);
    }

    public void start() {
        if (!stopped) {
            timer = vertx.setPeriodic(every.toMillis(), id -> run());
        }
    }

    /** A round at once, without waiting for the next tick; if one is running, right after it ends. */
    public void now() {
        again.set(true);
        run();
    }

    public void stop() {
        stopped = true;
        long id = timer;
        if (id >= 0) {
            vertx.cancelTimer(id);
        }
    }

    private void run() {
        if (stopped || (!overlapping && !running.compareAndSet(false, true))) {
            return;
        }
        // a round that begins now does what a wake asked for
        again.set(false);
        Uni.createFrom().deferred(round).subscribe().with(done -> ended(null), this::ended);
    }

    private void ended(Throwable failure) {
        if (failure == null) {
            int failed = failedInARow.getAndSet(0);
            if (failed > 0) {
                LOG.warnf("%s works again after %d failed rounds", name, failed);
            }
        } else {
            if (failedInARow.getAndIncrement() == 0) {
                LOG.warnf("%s failed (%s%s); the next rounds try again, and are logged when one succeeds", name,
                        failure.getClass().getSimpleName(), DatabaseOutage.isUnavailable(failure) ? ", database unavailable" : "");
            }
            LOG.debugf(failure, "%s failed", name);
        }
        if (!overlapping) {
            running.set(false);
            if (again.get()) {
                run();
            }
        }
    }
}
