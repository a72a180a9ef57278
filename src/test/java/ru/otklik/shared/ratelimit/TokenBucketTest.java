package ru.otklik.partners.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** A minute's worth of calls at once, then one call per 60/n seconds. */
class TokenBucketTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    @Test
    void aMinutesWorthGoesAtOnceThenTheClientWaitsForTheRefill() {
        TokenBucket bucket = new TokenBucket(6, 0);
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
        TokenBucket bucket = new TokenBucket(2, 0);
        for (int i = 0; i < 2; i++) {
            assertNull(bucket.take(2, 3600 * SECOND));
        }
        assertNotNull(bucket.take(2, 3600 * SECOND), "an idle hour saves no more than a minute's worth");
        assertNull(bucket.take(120, 3601 * SECOND), "a raised limit refills faster");
        assertNull(bucket.take(120, 3601 * SECOND));
    }
}
