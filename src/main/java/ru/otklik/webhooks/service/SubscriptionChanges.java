package ru.otklik.webhooks.service;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.caller.PlatformRole;
import ru.otklik.shared.events.AuditTrail;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.webhooks.DisabledReason;
import ru.otklik.webhooks.SubscriptionStatus;
import ru.otklik.webhooks.WebhookSubscription;
import ru.otklik.webhooks.dto.SubscriptionAudit;
import ru.otklik.webhooks.service.WebhookAccess.Manager;
import ru.otklik.webhooks.repository.DeliveryRepository;
import ru.otklik.webhooks.repository.SubscriptionRepository;

/**
 * The transactions of the subscription API, each after {@link WebhookSubscriptions} has checked who asks and what
 * (reads of the registry and the directory, DNS) outside them. Secrets are made here and returned once.
 */
@ApplicationScoped
public class SubscriptionChanges {

    private static final Logger LOG = Logger.getLogger(SubscriptionChanges.class);
    private static final String KIND = "webhook";

    /** A checked subscription, ready to be stored. */
    record Checked(long partnerId, String url, String[] eventTypes, Long[] organisationIds, String description,
            Boolean active) {
    }

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    public SubscriptionChanges(SubscriptionRepository subscriptions, DeliveryRepository deliveries, AuditTrail audit) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.audit = audit;
    }

    /** A new subscription, which hears of what commits from now on; its id and its secret. */
    @WithTransaction
    Uni<Created> create(Checked checked, Manager by) {
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.partnerId = checked.partnerId();
        subscription.secret = Signatures.newSecret(random);
        subscription.consecutiveDead = 0;
        subscription.createdAt = Instant.now();
        apply(subscription, checked);
        return subscriptions.persist(subscription)
                .call(() -> audit.record(actor(by), "webhook.created", KIND, subscription.id, null, audited(subscription)))
                .invoke(() -> LOG.infof("Webhook subscription %d of partner %d created by %s", subscription.id,
                        subscription.partnerId, by.oid()))
                .map(saved -> new Created(saved.id, saved.secret));
    }

    record Created(long id, String secret) {
    }

    @WithTransaction
    Uni<Void> replace(long id, Checked checked, Integer ifMatch, Manager by) {
        return load(id, ifMatch).chain(subscription -> {
                    SubscriptionAudit before = audited(subscription);
                    apply(subscription, checked);
                    return audit.record(actor(by), "webhook.replaced", KIND, id, before, audited(subscription));
                })
                .invoke(() -> LOG.infof("Webhook subscription %d replaced by %s", id, by.oid()))
                .replaceWithVoid();
    }

    /** Deletes the subscription with its deliveries and their log. */
    @WithTransaction
    Uni<Void> delete(long id, Manager by) {
        return load(id, null)
                .call(subscription -> audit.record(actor(by), "webhook.deleted", KIND, id, audited(subscription), null))
                .call(subscriptions::delete)
                .invoke(() -> LOG.infof("Webhook subscription %d deleted by %s", id, by.oid()))
                .replaceWithVoid();
    }

    /** A new secret; the previous one keeps signing beside it for {@code overlap}. The new secret. */
    @WithTransaction
    Uni<String> rotate(long id, Duration overlap, Manager by) {
        return load(id, null).call(subscription -> {
            SubscriptionAudit before = audited(subscription);
            Instant now = Instant.now();
            subscription.previousSecret = overlap.isZero() ? null : subscription.secret;
            subscription.previousSecretUntil = overlap.isZero() ? null : now.plus(overlap);
            subscription.secret = Signatures.newSecret(random);
            subscription.updatedAt = now;
            LOG.infof("Webhook subscription %d: secret rotated by %s, the previous one signs for %s", id, by.oid(), overlap);
            return audit.record(actor(by), "webhook.secret_rotated", KIND, id, before, audited(subscription));
        }).map(subscription -> subscription.secret);
    }

    /** Queues one delivery again; false when the subscription has none such. */
    @WithTransaction
    Uni<Boolean> replay(long id, long deliveryId) {
        return deliveries.replay(id, deliveryId);
    }

    /** Queues again what happened in [from, to), unless it is more than {@code max}: how many, or -1 when too many. */
    @WithTransaction
    Uni<Integer> replay(long id, Instant from, Instant to, int max) {
        return deliveries.countBetween(id, from, to)
                .chain(count -> count > max ? Uni.createFrom().item(-1) : deliveries.replayBetween(id, from, to));
    }

    private Uni<WebhookSubscription> load(long id, Integer ifMatch) {
        return subscriptions.findById(id).invoke(subscription -> {
            if (subscription == null) {
                throw ApiException.notFound("webhook.not-found", Long.toString(id));
            }
            if (ifMatch != null && ifMatch != subscription.version) {
                throw new ApiException(ProblemType.CONFLICT, "action.version.stale", subscription.version, ifMatch);
            }
        });
    }

    private static AuditTrail.Actor actor(Manager manager) {
        return new AuditTrail.Actor(manager.oid(), manager.admin() ? PlatformRole.ADMIN_NAME : PlatformRole.PARTNER_NAME);
    }

    /** Never the secrets: a rotation shows as the time the previous secret signs until. */
    private static SubscriptionAudit audited(WebhookSubscription subscription) {
        return new SubscriptionAudit(subscription.partnerId, subscription.url, List.of(subscription.eventTypes),
                subscription.organisationIds == null ? null : List.of(subscription.organisationIds), subscription.description, subscription.status.name(),
                subscription.disabledReason == null ? null : subscription.disabledReason.name(),
                subscription.previousSecretUntil);
    }

    private static void apply(WebhookSubscription subscription, Checked checked) {
        subscription.url = checked.url();
        subscription.eventTypes = checked.eventTypes();
        subscription.organisationIds = checked.organisationIds();
        subscription.description = checked.description();
        if (subscription.status == null || Boolean.TRUE.equals(checked.active())) {
            subscription.status = SubscriptionStatus.ACTIVE;
            subscription.disabledReason = null;
            subscription.consecutiveDead = 0;
        }
        if (Boolean.FALSE.equals(checked.active())) {
            subscription.status = SubscriptionStatus.DISABLED;
            subscription.disabledReason = DisabledReason.BY_REQUEST;
        }
        subscription.updatedAt = Instant.now();
    }
}
