package ru.otklik.webhooks.service;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.partners.dto.PartnerScope;
import ru.otklik.partners.service.PartnerScopes;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.events.EventCatalogue;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ApiException.Violation;
import ru.otklik.webhooks.dto.SubscriptionInput;
import ru.otklik.webhooks.dto.SubscriptionView;
import ru.otklik.webhooks.repository.SubscriptionQueries;
import ru.otklik.webhooks.service.SubscriptionChanges.Checked;
import ru.otklik.webhooks.service.WebhookAccess.Manager;

/**
 * Webhook subscriptions: a partner manages its own, an administrator any partner's. Everything a subscription names
 * is checked before it is stored: event types of the catalogue, organisations within the partner's, an https URL of
 * a public address.
 */
@ApplicationScoped
public class WebhookSubscriptions {

    private final WebhookAccess access;
    private final SubscriptionChanges changes;
    private final SubscriptionQueries queries;
    private final PartnerScopes partners;
    private final EventCatalogue catalogue;
    private final HostResolver resolver;
    private final UrlPolicy policy;
    private final OtklikConfig.Webhooks settings;

    public WebhookSubscriptions(WebhookAccess access, SubscriptionChanges changes, SubscriptionQueries queries,
            PartnerScopes partners, EventCatalogue catalogue, HostResolver resolver, OtklikConfig config) {
        this.access = access;
        this.changes = changes;
        this.queries = queries;
        this.partners = partners;
        this.catalogue = catalogue;
        this.resolver = resolver;
        this.settings = config.webhooks();
        this.policy = new UrlPolicy(settings.allowInsecureUrls());
    }

    /** A partner's own subscriptions; an administrator's of one partner or of all. */
    public Uni<Page<SubscriptionView>> list(Long partnerId, PageRequest page) {
        // a boxed id on both sides: with a primitive on one, Java would unbox an administrator's absent filter
        return access.manager().chain(manager -> queries.list(
                manager.admin() ? partnerId : Long.valueOf(manager.partner().partnerId()), page));
    }

    public Uni<SubscriptionView> get(long id) {
        return access.manager().chain(manager -> visible(manager, id));
    }

    /** The new subscription with its secret, shown this once. */
    public Uni<SubscriptionView> create(SubscriptionInput input) {
        return access.manager().chain(manager -> check(manager, input, null)
                .chain(checked -> changes.create(checked, manager))
                .chain(created -> queries.findById(created.id()).map(view -> view.withSecret(created.secret()))));
    }

    public Uni<SubscriptionView> replace(long id, SubscriptionInput input, Integer ifMatch) {
        return access.manager().chain(manager -> visible(manager, id)
                .chain(existing -> check(manager, input, existing.partnerId()))
                .chain(checked -> changes.replace(id, checked, ifMatch, manager))
                .chain(() -> queries.findById(id)));
    }

    public Uni<Void> delete(long id) {
        return access.manager().chain(manager -> visible(manager, id).chain(() -> changes.delete(id, manager)));
    }

    /** A new secret, shown this once; the previous one keeps signing beside it for the overlap. */
    public Uni<SubscriptionView> rotate(long id, Integer overlapHours) {
        Duration overlap = overlapHours == null ? settings.rotationOverlap() : Duration.ofHours(overlapHours);
        if (overlap.compareTo(settings.maxRotationOverlap()) > 0) {
            return Uni.createFrom().failure(ApiException.invalid("overlapHours", "webhook.rotation.too-long",
                    settings.maxRotationOverlap().toHours()));
        }
        return access.manager().chain(manager -> visible(manager, id)
                .chain(() -> changes.rotate(id, overlap, manager))
                .chain(secret -> queries.findById(id).map(view -> view.withSecret(secret))));
    }

    /** The subscription if the manager may see it; 404 otherwise. */
    Uni<SubscriptionView> visible(Manager manager, long id) {
        return queries.findById(id).map(found -> WebhookAccess.managed(manager, found, id));
    }

    /** Who it is for, what it names and where it goes, or a 400 naming every field that is wrong. */
    private Uni<Checked> check(Manager manager, SubscriptionInput input, Long existingPartnerId) {
        List<Violation> violations = new ArrayList<>();
        return target(manager, input, existingPartnerId, violations).chain(partner -> {
            List<String> types = new ArrayList<>(new LinkedHashSet<>(input.eventTypes()));
            for (int i = 0; i < types.size(); i++) {
                if (!catalogue.known(types.get(i))) {
                    violations.add(new Violation("eventTypes", "webhook.event-type.unknown", types.get(i)));
                }
            }
            Set<Long> organisations = new TreeSet<>(input.organisationIds() == null || input.organisationIds().isEmpty()
                    ? partner == null ? List.of() : partner.roots() : input.organisationIds());
            if (partner != null) {
                organisations.stream().filter(id -> !partner.covers(id)).forEach(id -> violations.add(
                        new Violation("organisationIds", "webhook.organisation.out-of-scope", Long.toString(id))));
            }
            return url(input.url(), violations).map(url -> {
                if (!violations.isEmpty()) {
                    throw ApiException.invalid(violations);
                }
                return new Checked(partner.partnerId(), url.toString(), types.toArray(String[]::new),
                        organisations.toArray(Long[]::new), input.description(), input.active());
            });
        });
    }

    /** The partner the subscription is for: the caller itself, or the one an administrator names. */
    private Uni<PartnerScope> target(Manager manager, SubscriptionInput input, Long existingPartnerId,
            List<Violation> violations) {
        Long named = input.partnerId();
        if (existingPartnerId != null && named != null && !named.equals(existingPartnerId)) {
            violations.add(new Violation("partnerId", "webhook.partner.immutable"));
        }
        if (!manager.admin()) {
            if (named != null && named != manager.partner().partnerId()) {
                violations.add(new Violation("partnerId", "webhook.partner.not-allowed"));
            }
            return Uni.createFrom().item(manager.partner());
        }
        Long partnerId = existingPartnerId != null ? existingPartnerId : named;
        if (partnerId == null) {
            violations.add(new Violation("partnerId", "webhook.partner.required"));
            return Uni.createFrom().nullItem();
        }
        return partners.ofPartner(partnerId).invoke(scope -> {
            if (scope == null) {
                violations.add(new Violation("partnerId", "webhook.partner.unknown", Long.toString(partnerId)));
            }
        });
    }

    /** An acceptable URL whose host resolves, now, to addresses that may be called. */
    private Uni<URI> url(String url, List<Violation> violations) {
        URI uri;
        try {
            uri = policy.parse(url);
        } catch (UrlPolicy.Refused refused) {
            violations.add(new Violation("url", refused.key()));
            return Uni.createFrom().nullItem();
        }
        return resolver.resolve(uri.getHost()).map(addresses -> {
            try {
                policy.check(addresses);
            } catch (UrlPolicy.Refused refused) {
                violations.add(new Violation("url", refused.key()));
            }
            return uri;
        });
    }
}
