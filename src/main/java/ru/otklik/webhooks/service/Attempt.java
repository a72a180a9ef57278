package ru.otklik.webhooks.service;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * What one try of a delivery came to, and whether it is worth another: a 2xx succeeded; a 5xx, a 429, a timeout or
 * a connection error may pass (retry); any other answer (4xx, and 3xx: redirects are not followed) will not, and an
 * address that may not be called never will (dead).
 */
public record Attempt(Verdict verdict, Integer statusCode, String error, int latencyMs, Duration retryAfter) {

    public enum Verdict {
        SUCCEEDED,
        RETRY,
        DEAD
    }

    public static Attempt answered(int statusCode, String retryAfter, int latencyMs, Instant now) {
        Verdict verdict = statusCode >= 200 && statusCode < 300 ? Verdict.SUCCEEDED
                : statusCode >= 500 || statusCode == 429 ? Verdict.RETRY
                : Verdict.DEAD;
        return new Attempt(verdict, statusCode, null, latencyMs, statusCode == 429 ? retryAfter(retryAfter, now) : null);
    }

    /** No answer: a timeout or a connection that failed may pass. */
    public static Attempt failed(String error, int latencyMs) {
        return new Attempt(Verdict.RETRY, null, error, latencyMs, null);
    }

    /** Never tried: the URL or the address it resolves to may not be called. */
    public static Attempt refused(String error) {
        return new Attempt(Verdict.DEAD, null, error, 0, null);
    }

    /** {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.matches("[0-9]{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Duration until = Duration.between(now, ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
