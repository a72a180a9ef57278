package ru.otklik.shared.caller;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind a request as the API understands them: mapped once from the token's ESIA-like claims.
 * Every authorization decision reads this, never raw claims. Names are kept for display only and never logged.
 *
 * @param oid ESIA oid ({@code urn:esia:sbj_id}, or {@code sub}); null for an anonymous caller
 * @param trusted a confirmed (подтверждённая) account
 * @param oktmo OKTMO of the registration address, if the token has it
 * @param clientId the OIDC client that called ({@code azp}, or {@code client_id}): identifies an integration partner
 */
public record Caller(
        String oid,
        boolean trusted,
        PersonName name,
        Set<PlatformRole> roles,
        List<Membership> organisations,
        String oktmo,
        String clientId) {

    public static final Caller ANONYMOUS = new Caller(null, false, PersonName.NONE, Set.of(), List.of(), null, null);

    /** A caller whose token names no client. */
    public Caller(String oid, boolean trusted, PersonName name, Set<PlatformRole> roles, List<Membership> organisations,
            String oktmo) {
        this(oid, trusted, name, roles, organisations, oktmo, null);
    }

    /** The organisation (by its ESIA oid) a person acts for, and in which role. */
    public record Membership(String organisationOid, OrgRole role) {
    }

    public record PersonName(String full, String family, String given, String middle) {
        static final PersonName NONE = new PersonName(null, null, null, null);
    }

    public boolean authenticated() {
        return oid != null;
    }

    public boolean has(PlatformRole role) {
        return roles.contains(role);
    }

    /** An integration partner's client: the role and the client id that the partner registry knows it by. */
    public boolean partner() {
        return has(PlatformRole.PARTNER) && clientId != null;
    }

    /** ESIA oids of the organisations this person acts for in any role. */
    public List<String> organisationOids() {
        return organisations.stream().map(Membership::organisationOid).toList();
    }

    public Optional<OrgRole> roleIn(String organisationOid) {
        return organisations.stream()
                .filter(m -> m.organisationOid().equals(organisationOid))
                .map(Membership::role)
                .findFirst();
    }
}
