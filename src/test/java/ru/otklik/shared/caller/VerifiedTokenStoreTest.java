package ru.otklik.shared.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Duration;

import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.vertx.ext.web.RoutingContext;

/** The rules of the verified-token store, on a clock of its own. */
class VerifiedTokenStoreTest {

    private static final long NOW = 1_800_000_000_000L;

    @Test
    void aTokenIsKeptForTheKeepingTimeWhenItExpiresLater() {
        VerifiedTokens store = new VerifiedTokens(Duration.ofSeconds(60), 100);
        store.keep(identity(jwt("a"), NOW / 1000 + 600), NOW);
        assertNotNull(store.find(jwt("a"), NOW + 59_999));
        assertNull(store.find(jwt("a"), NOW + 60_000), "kept no longer than keep-for");
    }

    @Test
    void aTokenIsNeverKeptPastItsExpiry() {
        VerifiedTokens store = new VerifiedTokens(Duration.ofSeconds(60), 100);
        store.keep(identity(jwt("a"), NOW / 1000 + 10), NOW);
        assertNotNull(store.find(jwt("a"), NOW + 9_999));
        assertNull(store.find(jwt("a"), NOW + 10_000));
        store.keep(identity(jwt("b"), NOW / 1000 - 1), NOW);
        assertNull(store.find(jwt("b"), NOW), "an expired token (accepted within the clock grace) is not kept");
    }

    @Test
    void onlyTheWholeTokenFindsIt() {
        VerifiedTokens store = new VerifiedTokens(Duration.ofSeconds(60), 100);
        String token = jwt("a");
        store.keep(identity(token, NOW / 1000 + 600), NOW);
        assertNotNull(store.find(token, NOW));
        assertNull(store.find(token.substring(0, token.length() - 1) + "f", NOW));
        assertNull(store.find(token.substring(0, token.lastIndexOf('.') + 1), NOW));
    }

    @Test
    void theStoreStartsOverPastItsMostEntries() {
        VerifiedTokens store = new VerifiedTokens(Duration.ofSeconds(60), 3);
        for (String token : new String[] { jwt("a"), jwt("b"), jwt("c"), jwt("d") }) {
            store.keep(identity(token, NOW / 1000 + 600), NOW);
        }
        assertNull(store.find(jwt("a"), NOW));
        assertNotNull(store.find(jwt("d"), NOW));
    }

    @Test
    void nothingIsKeptWhenKeepingIsOff() {
        VerifiedTokens store = new VerifiedTokens(Duration.ZERO, 100);
        store.keep(identity(jwt("a"), NOW / 1000 + 600), NOW);
        assertNull(store.find(jwt("a"), NOW));
    }

    @Test
    void anIdentityFromTheStoreIsNotKeptAgainAndOthersAreNotKeptAtAll() {
        VerifiedTokens store = new VerifiedTokens(Duration.ofSeconds(60), 100);
        store.keep(VerifiedTokens.forRequest(identity(jwt("a"), NOW / 1000 + 600), null), NOW);
        assertNull(store.find(jwt("a"), NOW), "already kept identities do not extend their stay");
        store.keep(QuarkusSecurityIdentity.builder().setPrincipal(() -> "someone").build(), NOW);
        store.keep(QuarkusSecurityIdentity.builder()
                .setPrincipal(identity(jwt("o"), NOW / 1000 + 600).getPrincipal())
                .addCredential(new AccessTokenCredential("opaque")).build(), NOW);
        assertNull(store.find("opaque", NOW));
    }

    @Test
    void aKeptIdentityCarriesTheRequestThatReusesItNotTheOneThatMadeIt() {
        VerifiedTokens store = new VerifiedTokens(Duration.ofSeconds(60), 100);
        SecurityIdentity made = QuarkusSecurityIdentity.builder(identity(jwt("a"), NOW / 1000 + 600))
                .addAttribute(RoutingContext.class.getName(), "the first request").build();
        store.keep(made, NOW);
        SecurityIdentity kept = store.find(jwt("a"), NOW);
        assertNull(kept.getAttribute(RoutingContext.class.getName()), "the store holds no request");
        SecurityIdentity reused = VerifiedTokens.forRequest(kept, null);
        assertSame(made.getPrincipal(), reused.getPrincipal());
        assertEquals(made.getRoles(), reused.getRoles());
    }

    /** Shaped like a JWT (JSON header and claims): anything else is an opaque token to OIDC. */
    private static String jwt(String name) {
        java.util.Base64.Encoder url = java.util.Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"RS256\"}".getBytes()) + "."
                + url.encodeToString(("{\"sub\":\"" + name + "\"}").getBytes()) + ".c2lnbmF0dXJl";
    }

    private static SecurityIdentity identity(String token, long expiresAtSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("1000000001");
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(expiresAtSeconds));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new DefaultJWTCallerPrincipal(claims))
                .addRole("MODERATOR")
                .addCredential(new AccessTokenCredential(token))
                .build();
    }
}
