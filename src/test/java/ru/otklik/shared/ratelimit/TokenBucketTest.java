package ru.otklik.shared.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A period's worth of calls at once, then one call per period/n. */
class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();
    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Test
    void aMinutesWorthGoesAtOnceThenTheClientWaitsForTheRefill() {
        TokenBucket bucket = new TokenBucket(6, MINUTE, 0);
        for (int i = 0; i < 6; i++) {
            assertNull(bucket.take(6, 0), "call " + i);
        }
        assertEquals(Duration.ofSeconds(10), bucket.take(6, 0), "six a minute: one every ten seconds");
        assertNotNull(bucket.take(6, 9 * SECOND));
        assertNull(bucket.take(6, 10 * SECOND));
        assertNotNull(bucket.take(6, 10 * SECOND));
    }

    @Test
    void theBucketNeverHoldsMoreThanAMinutesWorthAndFollowsANewLimit() {
        TokenBucket bucket = new TokenBucket(2, MINUTE, 0);
        for (int i = 0; i < 2; i++) {
            assertNull(bucket.take(2, 3600 * SECOND));
        }
        assertNotNull(bucket.take(2, 3600 * SECOND), "an idle hour saves no more than a minute's worth");
        assertNull(bucket.take(120, 3601 * SECOND), "a raised limit refills faster");
        assertNull(bucket.take(120, 3601 * SECOND));
    }

    @Test
    void aBucketLeftAloneForItsPeriodIsFullAgainAndMayBeForgotten() {
        TokenBucket bucket = new TokenBucket(30, Duration.ofSeconds(10), 0);
        assertNull(bucket.take(30, 0));
        assertFalse(bucket.fullAgain(9 * SECOND));
        assertTrue(bucket.fullAgain(10 * SECOND));
    }
}
