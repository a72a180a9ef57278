package ru.otklik.live.service;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.dto.OrganisationView;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.partners.service.PartnerScopes;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.events.Audience;

/**
 * Which events a signed-in caller hears of, as the outbox decides who may see them: a moderator every event; an
 * official those of the organisations they act for; a partner's client those of its subtrees; anyone the events of
 * what is theirs (their appeals, the appeals an operator or a partner entered).
 */
@ApplicationScoped
public class LiveAudiences {

    private final OrganisationService organisations;
    private final PartnerScopes partners;

    public LiveAudiences(OrganisationService organisations, PartnerScopes partners) {
        this.organisations = organisations;
        this.partners = partners;
    }

    public Uni<Audience> of(Caller caller) {
        if (caller.has(PlatformRole.MODERATOR)) {
            return Uni.createFrom().item(Audience.everyone());
        }
        return organisations.findByEsiaOids(caller.organisationOids()).chain(memberships -> partners.of(caller).map(scope -> {
            Set<Long> ids = new HashSet<>();
            memberships.stream().map(OrganisationView::id).forEach(ids::add);
            if (scope != null) {
                ids.addAll(scope.organisationIds());
            }
            return new Audience(false, Set.copyOf(ids), caller.oid());
        }));
    }
}
