package ru.otklik.shared.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.logging.StreamHandler;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/** The rounds of background workers, on a real Vert.x timer: apart unless asked, stopped for good, never given up. */
class PeriodicRoundTest {

    private static final Duration TICK = Duration.ofMillis(5);
    /** Longer than several ticks, so that ticks come while a round runs. */
    private static final Duration ROUND = Duration.ofMillis(30);
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Vertx vertx = Vertx.vertx();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();

    @AfterEach
    void closeVertx() {
        vertx.closeAndAwait();
    }

    @Test
    void aTickWhileTheRoundRunsIsSkipped() {
        PeriodicRound rounds = PeriodicRound.of(vertx, "Test round", TICK, this::slowRound);
        rounds.start();
        awaitUntil(() -> started.get() >= 4);
        rounds.stop();
        assertEquals(1, mostAtOnce.get(), "never two rounds at once");
    }

    @Test
    void overlappingRoundsStartAtEveryTick() {
        PeriodicRound rounds = PeriodicRound.overlapping(vertx, "Test round", TICK, this::slowRound);
        rounds.start();
        awaitUntil(() -> mostAtOnce.get() >= 2);
        rounds.stop();
    }

    @Test
    void afterStopNoRoundBeginsNeitherByTimerNorOnDemand() throws InterruptedException {
        PeriodicRound rounds = PeriodicRound.of(vertx, "Test round", TICK, this::slowRound);
        rounds.start();
        awaitUntil(() -> started.get() >= 1);
        rounds.now(); // asked for while the first runs: it would follow it at once
        rounds.stop();
        int before = started.get();
        awaitUntil(() -> inFlight.get() == 0);
        Thread.sleep(ROUND.toMillis()); // several ticks of a timer that must be gone
        rounds.now();
        rounds.start();
        Thread.sleep(ROUND.toMillis());
        assertEquals(before, started.get(), "no round began after stop");
    }

    @Test
    void aRoundAskedForWhileOneRunsFollowsItOnce() throws InterruptedException {
        PeriodicRound rounds = PeriodicRound.of(vertx, "Test round", Duration.ofHours(1), this::slowRound);
        rounds.start();
        rounds.now();
        rounds.now();
        rounds.now();
        awaitUntil(() -> started.get() == 2 && inFlight.get() == 0);
        Thread.sleep(ROUND.toMillis()); // time for a third round, which must not come
        rounds.stop();
        assertEquals(2, started.get(), "one round at once, and one after it for the wakes that came meanwhile");
        assertEquals(1, mostAtOnce.get());
    }

    @Test
    void failingRoundsDoNotStopLaterOnesAndAreLoggedOnceWhenTheyStartAndOnceWhenTheyEnd() {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        StreamHandler warnings = new StreamHandler(log, new SimpleFormatter());
        warnings.setLevel(Level.WARNING);
        warnings.setFilter(record -> record.getLoggerName().equals(PeriodicRound.class.getName()));
        Logger.getLogger("").addHandler(warnings);
        try {
            AtomicInteger calls = new AtomicInteger();
            PeriodicRound rounds = PeriodicRound.of(vertx, "Test round", TICK, () -> {
                int call = calls.incrementAndGet();
                if (call == 1) {
                    throw new IllegalStateException("thrown before any Uni, with a secret text");
                }
                return call <= 4 ? Uni.createFrom().failure(new IllegalStateException("a secret text"))
                        : Uni.createFrom().item(call);
            });
            rounds.start();
            awaitUntil(() -> calls.get() >= 6);
            rounds.stop();
        } finally {
            Logger.getLogger("").removeHandler(warnings);
            warnings.flush();
        }
        String written = log.toString(StandardCharsets.UTF_8);
        assertEquals(1, written.split("Test round failed \\(IllegalStateException\\)", -1).length - 1, written);
        assertEquals(1, written.split("Test round works again after 4 failed rounds", -1).length - 1, written);
        assertFalse(written.contains("secret") || written.contains("\tat "), "no exception message, no stack trace: " + written);
    }

    /** A round that runs {@link #ROUND} and counts how many run at once. */
    private Uni<Void> slowRound() {
        started.incrementAndGet();
        mostAtOnce.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        return Uni.createFrom().<Void> emitter(done -> vertx.setTimer(ROUND.toMillis(), id -> {
            inFlight.decrementAndGet();
            done.complete(null);
        }));
    }

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not reached in " + WAIT);
            try {
                Thread.sleep(TICK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
