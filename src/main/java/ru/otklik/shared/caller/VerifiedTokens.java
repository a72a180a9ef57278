package ru.otklik.shared.caller;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import ru.otklik.shared.config.OtklikConfig;

/**
 * Access tokens this instance has verified, kept so that a client's next requests with the same token are not
 * verified again: parsing a JWT and checking its signature costs more than most requests' own work.
 * <ul>
 * <li>Keyed by the whole token, signature included: a token that differs in any character is verified afresh.</li>
 * <li>Kept until the token expires, and at most {@code otklik.verified-tokens.keep-for}: a signing key the identity
 * provider removes stops being accepted within that time plus the JWKS cache's.</li>
 * <li>What is kept is the identity the OIDC provider made, without the request it was made for: each request that
 * reuses it gets its own routing context ({@link #forRequest}).</li>
 * <li>Bounded: past the most entries the store starts over, so a flood of distinct tokens cannot grow it.</li>
 * </ul>
 * It fills as the first augmentor, on the identity straight from the OIDC provider; {@link KnownTokens} answers from
 * it before the OIDC provider is asked.
 */
@ApplicationScoped
public class VerifiedTokens implements SecurityIdentityAugmentor {

    /** Marks an identity that came from the store, so that it is not stored again. */
    static final String KEPT = "otklik.verified-token";
    /** The request attributes OIDC gives an identity; they belong to one request and are replaced on reuse. */
    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    private record Kept(SecurityIdentity identity, long expiresAtMillis) {
    }

    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();
    private final long keepForMillis;
    private final int mostEntries;

    @Inject
    public VerifiedTokens(OtklikConfig config) {
        this(config.verifiedTokens().keepFor(), config.verifiedTokens().mostEntries());
    }

    VerifiedTokens(Duration keepFor, int mostEntries) {
        this.keepForMillis = keepFor.toMillis();
        this.mostEntries = mostEntries;
    }

    /** The identity a token was verified as, if it was and is still fresh at {@code nowMillis}; else null. */
    SecurityIdentity find(String token, long nowMillis) {
        Kept entry = kept.get(token);
        if (entry == null) {
            return null;
        }
        if (entry.expiresAtMillis() <= nowMillis) {
            kept.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /** A kept identity, bound to the request that now presents its token. */
    static SecurityIdentity forRequest(SecurityIdentity identity, RoutingContext request) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ROUTING_CONTEXT, request)
                .addAttribute(REQUEST_CONTEXT, request == null ? null : request.get(REQUEST_CONTEXT))
                .addAttribute(KEPT, Boolean.TRUE)
                .build();
    }

    /** Keeps a freshly verified access token's identity; any other identity passes untouched. */
    void keep(SecurityIdentity identity, long nowMillis) {
        AccessTokenCredential credential = identity.getCredential(AccessTokenCredential.class);
        if (keepForMillis <= 0 || identity.getAttribute(KEPT) != null || credential == null || credential.isOpaque()
                || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long expiresAt = Math.min(jwt.getExpirationTime() * 1000, nowMillis + keepForMillis);
        if (expiresAt <= nowMillis) {
            return;
        }
        if (kept.size() >= mostEntries) {
            kept.clear();
        }
        SecurityIdentity detached = QuarkusSecurityIdentity.builder(identity)
                .addAttribute(ROUTING_CONTEXT, null)
                .addAttribute(REQUEST_CONTEXT, null)
                .build();
        kept.put(credential.getToken(), new Kept(detached, expiresAt));
    }

    /** First of all augmentors: what is kept is the OIDC provider's identity, as it made it. */
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        keep(identity, System.currentTimeMillis());
        return Uni.createFrom().item(identity);
    }
}
