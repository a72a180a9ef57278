package ru.otklik.shared.caller;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;

/**
 * Asked before the OIDC provider for every bearer token: the identity of a token this instance has already verified
 * ({@link VerifiedTokens}), or nothing, and then the OIDC provider verifies it as always.
 */
@ApplicationScoped
public class KnownTokens implements IdentityProvider<TokenAuthenticationRequest> {

    private final VerifiedTokens verified;

    public KnownTokens(VerifiedTokens verified) {
        this.verified = verified;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Above the OIDC provider's (the default, 1001): the identity providers are asked in descending priority. */
    @Override
    public int priority() {
        return 2 * SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (!(request.getToken() instanceof AccessTokenCredential credential)) {
            return Uni.createFrom().nullItem();
        }
        SecurityIdentity known = verified.find(credential.getToken(), System.currentTimeMillis());
        return known == null ? Uni.createFrom().nullItem()
                : Uni.createFrom().item(VerifiedTokens.forRequest(known, HttpSecurityUtils.getRoutingContextAttribute(request)));
    }
}
