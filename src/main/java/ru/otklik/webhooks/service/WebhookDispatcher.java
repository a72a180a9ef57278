package ru.otklik.webhooks.service;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.events.ClaimRoom;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.partners.service.PartnerScopes;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.schedule.PeriodicRound;
import ru.otklik.webhooks.DeliveryStatus;
import ru.otklik.webhooks.repository.DeliveryStore;
import ru.otklik.webhooks.repository.DeliveryStore.Claimed;
import ru.otklik.webhooks.repository.DeliveryStore.Result;

/**
 * Delivers queued events, in every instance, every poll interval: claims due deliveries (one short transaction),
 * sends each with no connection held ({@link WebhookSender}), records each outcome (another short transaction).
 * Each instance is one worker with an id of its own and at most {@code claim-batch} deliveries in flight. A
 * delivery whose worker dies is claimed again when its lease runs out: at least once, never twice at a time.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    /** How long a suspended partner's delivery waits before it is looked at again. */
    private static final Duration SUSPENDED_RECHECK = Duration.ofMinutes(1);

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final PartnerScopes partners;
    private final OrganisationService organisations;
    private final OtklikConfig.Webhooks settings;
    private final RetrySchedule schedule;
    private final UUID worker = UUID.randomUUID();
    private final ClaimRoom room;
    private final PeriodicRound rounds;

    public WebhookDispatcher(Vertx vertx, DeliveryStore store, WebhookSender sender, PartnerScopes partners,
            OrganisationService organisations, OtklikConfig config) {
        this.store = store;
        this.sender = sender;
        this.partners = partners;
        this.organisations = organisations;
        this.settings = config.webhooks();
        this.room = new ClaimRoom(settings.claimBatch());
        this.schedule = RetrySchedule.of(settings.retry(), () -> ThreadLocalRandom.current().nextDouble());
        // rounds run side by side: the claim room keeps them within what it holds, and a slow send never holds up
        // the claims of the next ticks
        this.rounds = PeriodicRound.overlapping(vertx, "Webhook dispatch", settings.pollInterval(), () -> dispatch(worker));
    }

    void start(@Observes StartupEvent event) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent event) {
        rounds.stop();
    }

    /**
     * One round of a worker: claims what it has room for, delivers it and records the outcomes; how many deliveries
     * it handled. Public for tests, which run several workers against each other.
     */
    public Uni<Integer> dispatch(UUID as) {
        return room.round(size -> store.claim(as, settings.lease(), size), delivery -> deliver(as, delivery));
    }

    private Uni<Boolean> deliver(UUID as, Claimed delivery) {
        return partners.ofPartner(delivery.partnerId()).chain(scope -> {
            if (scope == null || !scope.active()) {
                return store.release(as, delivery.deliveryId(), Instant.now().plus(SUSPENDED_RECHECK)).map(ignored -> false);
            }
            return organisations.subtreeIds(delivery.organisationIds()).chain(subtree -> {
                Long organisation = delivery.event().organisationId();
                if (organisation == null || !subtree.contains(organisation) || !scope.covers(organisation)) {
                    // the partner's scope shrank since the event was queued: it never hears of it
                    return record(as, delivery, new Result(DeliveryStatus.DEAD, null, null, "out-of-scope", 0, false));
                }
                return sender.send(delivery).chain(attempt -> record(as, delivery, result(delivery, attempt)));
            });
        }).onFailure().recoverWithItem(failure -> {
            LOG.warnf(failure, "Delivery %d of subscription %d failed unexpectedly; its lease will run out",
                    delivery.deliveryId(), delivery.subscriptionId());
            return false;
        });
    }

    private Result result(Claimed delivery, Attempt attempt) {
        return switch (attempt.verdict()) {
            case SUCCEEDED -> new Result(DeliveryStatus.SUCCEEDED, null, attempt.statusCode(), null, attempt.latencyMs(), false);
            case DEAD -> new Result(DeliveryStatus.DEAD, null, attempt.statusCode(), attempt.error(), attempt.latencyMs(), true);
            case RETRY -> {
                Instant next = schedule.next(delivery.attempts() + 1, delivery.queuedAt(), Instant.now(), attempt.retryAfter());
                yield next == null
                        ? new Result(DeliveryStatus.DEAD, null, attempt.statusCode(), attempt.error(), attempt.latencyMs(), true)
                        : new Result(DeliveryStatus.PENDING, next, attempt.statusCode(), attempt.error(), attempt.latencyMs(), false);
            }
        };
    }

    private Uni<Boolean> record(UUID as, Claimed delivery, Result result) {
        return store.record(as, delivery, result, settings.disableAfterDead()).invoke(recorded -> {
            if (recorded) {
                LOG.debugf("Delivery %d (event %d) to subscription %d: %s, attempt %d", delivery.deliveryId(),
                        delivery.event().id(), delivery.subscriptionId(), result.outcome(), delivery.attempts() + 1);
            } else {
                LOG.infof("Delivery %d: the lease of worker %s ran out before its outcome was recorded", delivery.deliveryId(), as);
            }
        });
    }
}
