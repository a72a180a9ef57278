package ru.otklik.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.partners.dto.PartnerScope;
import ru.otklik.partners.service.PartnerScopes;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.webhooks.dto.SubscriptionView;

/**
 * Who manages which subscriptions: a registered, active partner its own; a platform administrator any partner's.
 * Anyone else may not; a subscription of another partner does not exist for a partner (404).
 */
@ApplicationScoped
public class WebhookAccess {

    /** The caller managing subscriptions: an administrator (partner null), or a partner with its scope. */
    public record Manager(String oid, PartnerScope partner) {

        public boolean admin() {
            return partner == null;
        }

        public boolean manages(SubscriptionView subscription) {
            return subscription != null && (admin() || subscription.partnerId() == partner.partnerId());
        }
    }

    private final CallerResolver callers;
    private final PartnerScopes partners;

    public WebhookAccess(CallerResolver callers, PartnerScopes partners) {
        this.callers = callers;
        this.partners = partners;
    }

    public Uni<Manager> manager() {
        Caller caller = callers.current();
        if (caller.has(PlatformRole.ADMIN)) {
            return Uni.createFrom().item(new Manager(caller.oid(), null));
        }
        if (!caller.partner()) {
            return Uni.createFrom().failure(new ApiException(ProblemType.FORBIDDEN, "webhook.forbidden"));
        }
        return partners.of(caller).map(scope -> {
            if (scope == null) {
                throw new ApiException(ProblemType.FORBIDDEN, "webhook.partner.unregistered", caller.clientId());
            }
            return new Manager(caller.oid(), scope);
        });
    }

    /** The subscription if this manager may manage it; 404 otherwise. */
    public static SubscriptionView managed(Manager manager, SubscriptionView subscription, long id) {
        if (!manager.manages(subscription)) {
            throw ApiException.notFound("webhook.not-found", Long.toString(id));
        }
        return subscription;
    }
}
