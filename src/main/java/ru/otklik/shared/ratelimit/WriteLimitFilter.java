package ru.otklik.shared.ratelimit;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.Languages;
import ru.otklik.shared.problem.ProblemFactory;
import ru.otklik.shared.problem.ProblemType;

/**
 * A signed-in caller over its rate of writes (POST, PUT, PATCH, DELETE) is answered 429 {@code too-many-requests} with
 * {@code Retry-After}, before any resource runs: nothing is read or written for it. Reads are never counted.
 */
public class WriteLimitFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final WriteLimiter limiter;
    private final CallerResolver callers;
    private final ProblemFactory problems;

    public WriteLimitFilter(WriteLimiter limiter, CallerResolver callers, ProblemFactory problems) {
        this.limiter = limiter;
        this.callers = callers;
        this.problems = problems;
    }

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request) {
        if (!WRITES.contains(request.getMethod())) {
            return null;
        }
        Duration wait = limiter.admit(callers.current().oid());
        if (wait == null) {
            return null;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(ProblemFactory.response(problems.problem(ProblemType.TOO_MANY_REQUESTS, 429,
                Languages.pick(request.getAcceptableLanguages()), request.getUriInfo().getRequestUri().getRawPath(),
                "write.rate-limit", new Object[] { seconds }, List.of())))
                .header(HttpHeaders.RETRY_AFTER, seconds)
                .build();
    }
}
