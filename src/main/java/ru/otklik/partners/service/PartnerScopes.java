package ru.otklik.partners.service;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.partners.dto.PartnerScope;
import ru.otklik.partners.dto.PartnerView;
import ru.otklik.partners.repository.PartnerQueries;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.config.OtklikConfig;

/**
 * What a partner's client may see and act for, as the registry and the directory say now: its registered
 * organisations and everything below them. Every request of a partner asks this (and the rate limiter), so answers
 * are kept for {@code otklik.partners.scope-cache} in each instance; a change of the registry in this instance
 * forgets them at once, other instances learn of it when their copy expires.
 */
@ApplicationScoped
public class PartnerScopes {

    private record Cached(Optional<PartnerScope> scope, long expiresAt) {
    }

    private final PartnerQueries queries;
    private final OrganisationService organisations;
    private final Duration keepFor;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    public PartnerScopes(PartnerQueries queries, OrganisationService organisations, OtklikConfig config) {
        this.queries = queries;
        this.organisations = organisations;
        this.keepFor = config.partners().scopeCache();
    }

    /** The caller's scope if it is a registered, active partner's client; null otherwise. */
    public Uni<PartnerScope> of(Caller caller) {
        if (!caller.partner()) {
            return Uni.createFrom().nullItem();
        }
        return ofClient(caller.clientId());
    }

    /** The scope of the partner registered with this client id, if it is active; null otherwise. */
    public Uni<PartnerScope> ofClient(String clientId) {
        Cached cached = cache.get(clientId);
        long now = System.nanoTime();
        if (cached != null && now - cached.expiresAt() < 0) {
            return Uni.createFrom().item(cached.scope().orElse(null));
        }
        return queries.findByClientId(clientId)
                .chain(partner -> partner == null || !partner.active() ? Uni.createFrom().<PartnerScope>nullItem()
                        : scope(partner))
                .invoke(scope -> {
                    if (!keepFor.isZero()) {
                        cache.put(clientId, new Cached(Optional.ofNullable(scope), now + keepFor.toNanos()));
                    }
                });
    }

    /**
     * The scope of a registered partner by its id, active or suspended ({@link PartnerScope#active}), as it is now
     * (never kept): null when there is no such partner. For administrators and background work.
     */
    public Uni<PartnerScope> ofPartner(long partnerId) {
        return queries.findById(partnerId)
                .chain(partner -> partner == null ? Uni.createFrom().<PartnerScope>nullItem() : scope(partner));
    }

    private Uni<PartnerScope> scope(PartnerView partner) {
        return organisations.subtreeIds(partner.organisationIds()).map(ids -> new PartnerScope(partner.id(),
                partner.clientId(), partner.organisationIds(), ids, partner.requestsPerMinute(), partner.active()));
    }

    /** Drops what this instance remembers of a client, after a change of its registration. */
    void forget(String clientId) {
        cache.remove(clientId);
    }
}
