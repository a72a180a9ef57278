package ru.otklik.partners.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.ratelimit.TokenBucket;

/**
 * Holds a partner's client to the calls a minute of its registration. Counted in each instance (a deployment of n
 * instances behind a balancer admits up to n times the figure): the limit protects an instance from one client, it
 * is not a quota. Callers that are not a registered partner's client are not counted here.
 */
@ApplicationScoped
public class PartnerRateLimiter {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final PartnerScopes scopes;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public PartnerRateLimiter(PartnerScopes scopes) {
        this.scopes = scopes;
    }

    /** Null when the call may go on; otherwise how long the client should wait before the next one. */
    public Uni<Duration> admit(Caller caller) {
        return scopes.of(caller).map(scope -> {
            if (scope == null) {
                return null;
            }
            long now = System.nanoTime();
            return buckets.computeIfAbsent(scope.clientId(), client -> new TokenBucket(scope.requestsPerMinute(), MINUTE, now))
                    .take(scope.requestsPerMinute(), now);
        });
    }
}
