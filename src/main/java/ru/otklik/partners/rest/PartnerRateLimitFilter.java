package ru.otklik.partners.rest;

import java.util.List;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;
import ru.otklik.partners.service.PartnerRateLimiter;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.Languages;
import ru.otklik.shared.problem.ProblemFactory;
import ru.otklik.shared.problem.ProblemType;

/** A partner's client over its calls a minute is answered 429 with {@code Retry-After}, before any resource runs. */
public class PartnerRateLimitFilter {

    private final PartnerRateLimiter limiter;
    private final CallerResolver callers;
    private final ProblemFactory problems;

    public PartnerRateLimitFilter(PartnerRateLimiter limiter, CallerResolver callers, ProblemFactory problems) {
        this.limiter = limiter;
        this.callers = callers;
        this.problems = problems;
    }

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request) {
        return limiter.admit(callers.current()).map(wait -> {
            if (wait == null) {
                return null;
            }
            long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
            return Response.fromResponse(ProblemFactory.response(problems.problem(ProblemType.TOO_MANY_REQUESTS, 429,
                    Languages.pick(request.getAcceptableLanguages()), request.getUriInfo().getRequestUri().getRawPath(),
                    "partner.rate-limit", new Object[] { seconds }, List.of())))
                    .header(HttpHeaders.RETRY_AFTER, seconds)
                    .build();
        });
    }
}
