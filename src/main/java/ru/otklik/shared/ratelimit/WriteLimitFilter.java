package ru.otklik.shared.ratelimit;

import java.time.Duration;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.ApiException;

/**
 * A signed-in caller over its rate of writes (POST, PUT, PATCH, DELETE) is answered 429 {@code too-many-requests} with
 * {@code Retry-After}, before any resource runs: nothing is read or written for it. Reads are never counted.
 */
public class WriteLimitFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final WriteLimiter limiter;
    private final CallerResolver callers;

    public WriteLimitFilter(WriteLimiter limiter, CallerResolver callers) {
        this.limiter = limiter;
        this.callers = callers;
    }

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        if (WRITES.contains(request.getMethod())) {
            Duration wait = limiter.admit(callers.current().oid());
            if (wait != null) {
                throw ApiException.tooManyRequests("write.rate-limit", wait);
            }
        }
    }
}
