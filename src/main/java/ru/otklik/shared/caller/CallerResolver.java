package ru.otklik.shared.caller;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TenantIdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;

/**
 * Maps the verified token of the current request to a {@link Caller}. Tolerant of how identity providers
 * spell claims: booleans as {@code true} or {@code "true"}, roles from {@code roles} or realm roles, unknown
 * roles and malformed organisation entries ignored, the calling client from {@code azp} or {@code client_id}.
 */
@ApplicationScoped
public class CallerResolver {

    static final String OID = "urn:esia:sbj_id";
    static final String ORGS = "urn:esia:orgs";

    private final SecurityIdentity identity;
    private final TenantIdentityProvider tokens;

    /** {@code tokens} verifies tokens for the default OIDC tenant, the one that checks the Authorization header. */
    public CallerResolver(SecurityIdentity identity, TenantIdentityProvider tokens) {
        this.identity = identity;
        this.tokens = tokens;
    }

    /** The caller of the current request; {@link Caller#ANONYMOUS} without a token. */
    public Caller current() {
        return of(identity);
    }

    /**
     * The caller of an access token that came another way than the Authorization header (Open311 takes it as the
     * {@code api_key} field), verified exactly as the header's would be; a 401 problem when it is not valid.
     */
    public Uni<Caller> fromToken(String accessToken) {
        return tokens.authenticate(new AccessTokenCredential(accessToken))
                .onFailure().transform(failure -> new ApiException(ProblemType.UNAUTHORIZED, "security.invalid-token"))
                .map(this::of);
    }

    /** The caller an identity stands for: the current request's, or one verified from a token given another way. */
    public Caller of(SecurityIdentity verified) {
        if (verified == null || verified.isAnonymous() || !(verified.getPrincipal() instanceof JsonWebToken token)) {
            return Caller.ANONYMOUS;
        }
        String oid = text(token.getClaim(OID));
        if (oid == null) {
            oid = token.getSubject();
        }
        if (oid == null || oid.isBlank()) {
            return Caller.ANONYMOUS;
        }
        return new Caller(
                oid,
                bool(token.getClaim("trusted")),
                new Caller.PersonName(text(token.getClaim("name")), text(token.getClaim("family_name")),
                        text(token.getClaim("given_name")), text(token.getClaim("middle_name"))),
                roles(verified.getRoles()),
                memberships(token.getClaim(ORGS)),
                text(token.getClaim("oktmo")),
                clientId(token));
    }

    private static String clientId(JsonWebToken token) {
        String azp = text(token.getClaim("azp"));
        String clientId = azp == null || azp.isBlank() ? text(token.getClaim("client_id")) : azp;
        return clientId == null || clientId.isBlank() ? null : clientId;
    }

    private static Set<PlatformRole> roles(Set<String> names) {
        EnumSet<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        for (String name : names) {
            for (PlatformRole role : PlatformRole.values()) {
                if (role.name().equalsIgnoreCase(name)) {
                    roles.add(role);
                }
            }
        }
        return Set.copyOf(roles);
    }

    private static List<Caller.Membership> memberships(Object claim) {
        if (!(claim instanceof JsonArray array)) {
            return List.of();
        }
        List<Caller.Membership> memberships = new ArrayList<>();
        for (JsonValue value : array) {
            if (value instanceof JsonObject entry && entry.get("oid") != null && entry.get("role") instanceof JsonString role) {
                OrgRole orgRole = orgRole(role.getString());
                String orgOid = text(entry.get("oid"));
                if (orgRole != null && orgOid != null) {
                    memberships.add(new Caller.Membership(orgOid, orgRole));
                }
            }
        }
        return List.copyOf(memberships);
    }

    private static OrgRole orgRole(String name) {
        try {
            return OrgRole.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean bool(Object claim) {
        if (claim instanceof Boolean b) {
            return b;
        }
        if (claim == JsonValue.TRUE) {
            return true;
        }
        String text = text(claim);
        return text != null && Boolean.parseBoolean(text);
    }

    private static String text(Object claim) {
        if (claim == null || claim == JsonValue.NULL) {
            return null;
        }
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        if (claim instanceof JsonValue v) {
            String raw = v.toString();
            return raw.startsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
        }
        return claim.toString();
    }
}
