package ru.otklik.webhooks.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Exponential backoff with jitter over about a day, then dead; Retry-After honoured. */
class RetryScheduleTest {

    private static final Instant QUEUED = Instant.parse("2026-03-02T10:00:00Z");
    private static final RetrySchedule LONGEST = schedule(1.0);
    private static final RetrySchedule SHORTEST = schedule(0.0);

    private static RetrySchedule schedule(double random) {
        return new RetrySchedule(Duration.ofSeconds(5), Duration.ofHours(6), Duration.ofHours(24), () -> random);
    }

    @Test
    void delaysDoubleFromFiveSecondsUpToSixHoursWithHalfOfEachRandom() {
        assertEquals(Duration.ofSeconds(5), LONGEST.delay(1));
        assertEquals(Duration.ofSeconds(10), LONGEST.delay(2));
        assertEquals(Duration.ofSeconds(40), LONGEST.delay(4));
        assertEquals(Duration.ofMillis(2500), SHORTEST.delay(1), "equal jitter: never less than half");
        assertEquals(Duration.ofHours(6), LONGEST.delay(20));
        assertEquals(Duration.ofHours(6), LONGEST.delay(400), "no overflow however many attempts");
    }

    @Test
    void aFailingDeliveryIsTriedForAboutADayThenIsDead() {
        Instant now = QUEUED;
        int attempts = 0;
        while (true) {
            attempts++;
            Instant next = LONGEST.next(attempts, QUEUED, now, null);
            if (next == null) {
                break;
            }
            assertTrue(next.isAfter(now));
            now = next;
        }
        assertTrue(Duration.between(QUEUED, now).compareTo(Duration.ofHours(18)) > 0, "tried well into the day: " + now);
        assertTrue(Duration.between(QUEUED, now).compareTo(Duration.ofHours(24)) <= 0);
        assertTrue(attempts >= 12 && attempts <= 20, "attempts: " + attempts);
    }

    @Test
    void retryAfterIsHonouredWhenItAsksForLongerAndKillsWhenItAsksBeyondTheDay() {
        Instant now = QUEUED.plusSeconds(60);
        assertEquals(now.plusSeconds(120), LONGEST.next(1, QUEUED, now, Duration.ofSeconds(120)));
        assertEquals(now.plusSeconds(5), LONGEST.next(1, QUEUED, now, Duration.ofSeconds(1)), "a shorter wish changes nothing");
        assertNotNull(LONGEST.next(1, QUEUED, now, Duration.ofHours(23)));
        assertNull(LONGEST.next(1, QUEUED, now, Duration.ofHours(25)));
    }
}
