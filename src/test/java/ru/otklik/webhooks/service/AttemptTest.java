package ru.otklik.webhooks.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import ru.otklik.webhooks.service.Attempt.Verdict;

/** Which answers are worth another try. */
class AttemptTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void twoHundredsSucceedFiveHundredsAnd429RetryOtherAnswersAreDead() {
        assertEquals(Verdict.SUCCEEDED, Attempt.answered(200, null, 5, NOW).verdict());
        assertEquals(Verdict.SUCCEEDED, Attempt.answered(204, null, 5, NOW).verdict());
        assertEquals(Verdict.RETRY, Attempt.answered(500, null, 5, NOW).verdict());
        assertEquals(Verdict.RETRY, Attempt.answered(503, null, 5, NOW).verdict());
        assertEquals(Verdict.RETRY, Attempt.answered(429, null, 5, NOW).verdict());
        assertEquals(Verdict.DEAD, Attempt.answered(400, null, 5, NOW).verdict());
        assertEquals(Verdict.DEAD, Attempt.answered(404, null, 5, NOW).verdict());
        assertEquals(Verdict.DEAD, Attempt.answered(410, null, 5, NOW).verdict());
        assertEquals(Verdict.DEAD, Attempt.answered(301, null, 5, NOW).verdict(), "redirects are not followed");
        assertEquals(Verdict.RETRY, Attempt.failed("timeout", 10000).verdict());
        assertEquals(Verdict.DEAD, Attempt.refused("address").verdict());
    }

    @Test
    void retryAfterIsReadAsSecondsOrAsAnHttpDateAndOnlyFromA429() {
        assertEquals(Duration.ofSeconds(120), Attempt.answered(429, "120", 5, NOW).retryAfter());
        assertEquals(Duration.ofSeconds(90), Attempt.answered(429, "Mon, 02 Mar 2026 10:01:30 GMT", 5, NOW).retryAfter());
        assertEquals(Duration.ZERO, Attempt.answered(429, "Mon, 02 Mar 2026 09:00:00 GMT", 5, NOW).retryAfter());
        assertNull(Attempt.answered(429, "soon", 5, NOW).retryAfter());
        assertNull(Attempt.answered(503, "120", 5, NOW).retryAfter());
    }
}
