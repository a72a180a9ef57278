package ru.otklik.partners.rest;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.smallrye.mutiny.Uni;
import ru.otklik.partners.service.PartnerRateLimiter;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.ApiException;

/**
 * A partner's client over its calls a minute is answered 429 with {@code Retry-After}, before any resource runs (the
 * problem in the format of the API called: GeoReport's for Open311).
 */
public class PartnerRateLimitFilter {

    private final PartnerRateLimiter limiter;
    private final CallerResolver callers;

    public PartnerRateLimitFilter(PartnerRateLimiter limiter, CallerResolver callers) {
        this.limiter = limiter;
        this.callers = callers;
    }

    @ServerRequestFilter
    public Uni<Void> limit() {
        return limiter.admit(callers.current()).invoke(wait -> {
            if (wait != null) {
                throw ApiException.tooManyRequests("partner.rate-limit", wait);
            }
        }).replaceWithVoid();
    }
}
