package ru.otklik.open311.service;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.partners.service.PartnerRateLimiter;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.shared.ratelimit.WriteLimiter;

/**
 * Who calls the GeoReport API. This deployment's {@code api_key} is an access token of the platform's identity
 * provider, a partner's (client credentials) or a citizen's, verified as any bearer token; it may come as the
 * {@code api_key} field or parameter, or as {@code Authorization: Bearer}. Without one the caller is anonymous.
 */
@ApplicationScoped
public class Open311Access {

    private final CallerResolver callers;
    private final PartnerRateLimiter limiter;
    private final WriteLimiter writes;

    public Open311Access(CallerResolver callers, PartnerRateLimiter limiter, WriteLimiter writes) {
        this.callers = callers;
        this.limiter = limiter;
        this.writes = writes;
    }

    /**
     * The caller of the api_key if one is given (a 403 when it is not valid), otherwise of the request. A partner's
     * api_key counts against its calls a minute like its Authorization header does.
     */
    public Uni<Caller> caller(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Uni.createFrom().item(callers.current());
        }
        return callers.fromToken(apiKey.strip())
                .onFailure(ApiException.class).transform(invalid -> new ApiException(ProblemType.FORBIDDEN, "open311.api-key.invalid"))
                .call(caller -> limiter.admit(caller).invoke(wait -> {
                    if (wait != null) {
                        throw ApiException.tooManyRequests("partner.rate-limit", wait);
                    }
                }));
    }

    /**
     * The same, for a write: someone must be signed in (the spec's 403 for a missing key). A write by api_key counts
     * against the person's allowance of writes as one by the Authorization header does (that one is counted by
     * {@link ru.otklik.shared.ratelimit.WriteLimitFilter} before any resource runs).
     */
    public Uni<Caller> signedIn(String apiKey) {
        return caller(apiKey).invoke(caller -> {
            if (!caller.authenticated()) {
                throw new ApiException(ProblemType.FORBIDDEN, "open311.api-key.required");
            }
            Duration wait = apiKey == null || apiKey.isBlank() ? null : writes.admit(caller.oid());
            if (wait != null) {
                throw ApiException.tooManyRequests("write.rate-limit", wait);
            }
        });
    }
}
