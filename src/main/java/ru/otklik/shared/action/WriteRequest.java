package ru.otklik.shared.action;

/**
 * What every write brings besides its body, free of HTTP types: where it was sent (the idempotency fingerprint), the
 * aggregate it acts on ({@code null} when it creates one), the version it is meant for ({@code If-Match}) and its
 * {@code Idempotency-Key}.
 */
public record WriteRequest(String method, String path, Long id, Integer ifMatch, String idempotencyKey) {
}
