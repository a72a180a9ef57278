package ru.otklik.push.service;

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
import ru.otklik.push.repository.PushStore;
import ru.otklik.push.repository.PushStore.Claimed;
import ru.otklik.push.service.PushGateway.Outcome;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.schedule.PeriodicRound;
import ru.otklik.webhooks.service.RetrySchedule;

/**
 * Sends queued pushes, in every instance, every poll interval: claims due pushes (one statement, SKIP LOCKED, for a
 * lease), counts each against its device's rate limit (over it: dropped, the app's sync has the truth), sends it
 * through the {@link PushGateway} with no connection held, and records the outcome. 5xx and timeouts are tried again
 * on the webhooks' schedule (doubling with jitter, until {@code give-up-after}); a dead token removes its device.
 */
@ApplicationScoped
public class PushDispatcher {

    private static final Logger LOG = Logger.getLogger(PushDispatcher.class);

    private final PushStore store;
    private final PushGateway gateway;
    private final PushTexts texts;
    private final OtklikConfig.Push settings;
    private final RetrySchedule schedule;
    private final UUID worker = UUID.randomUUID();
    private final ClaimRoom room;
    private final PeriodicRound rounds;

    public PushDispatcher(Vertx vertx, PushStore store, PushGateway gateway, PushTexts texts, OtklikConfig config) {
        this.store = store;
        this.gateway = gateway;
        this.texts = texts;
        this.settings = config.push();
        this.room = new ClaimRoom(settings.claimBatch());
        this.schedule = RetrySchedule.of(settings.retry(), () -> ThreadLocalRandom.current().nextDouble());
        // rounds run side by side: the claim room keeps them within what it holds, and a slow send never holds up
        // the claims of the next ticks
        this.rounds = PeriodicRound.overlapping(vertx, "Push dispatch", settings.pollInterval(), () -> dispatch(worker));
    }

    void start(@Observes StartupEvent event) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent event) {
        rounds.stop();
    }

    /** One round of a worker: claims what it has room for, sends it and records the outcomes; how many it handled. */
    Uni<Integer> dispatch(UUID as) {
        return room.round(size -> store.claim(as, settings.lease(), size), push -> deliver(as, push));
    }

    private Uni<Boolean> deliver(UUID as, Claimed push) {
        return store.admit(push.installationId(), settings.maxPerDevice(), settings.rateWindow()).chain(admitted -> {
            if (!admitted) {
                LOG.debugf("Push %d to %s dropped: over the device's rate limit", push.deliveryId(), push.installationId());
                return store.record(as, push.deliveryId(), "DROPPED", null, null, "rate-limit");
            }
            return gateway.send(message(push)).chain(outcome -> record(as, push, outcome));
        }).onFailure().recoverWithItem(failure -> {
            LOG.warnf(failure, "Push %d failed unexpectedly; its lease will run out", push.deliveryId());
            return false;
        });
    }

    private PushGateway.Message message(Claimed push) {
        return new PushGateway.Message(push.installationId(), push.platform(), push.token(), push.locale(),
                push.followed() ? texts.followerTitle(push.locale(), push.eventType(), push.number())
                        : texts.title(push.locale(), push.eventType(), push.number()),
                new PushGateway.Data(push.eventId(), push.eventType(), push.aggregateKind(), push.aggregateId(), push.number()));
    }

    private Uni<Boolean> record(UUID as, Claimed push, Outcome outcome) {
        return switch (outcome.verdict()) {
            case SENT -> store.record(as, push.deliveryId(), "SENT", null, outcome.statusCode(), null);
            case DEAD -> store.record(as, push.deliveryId(), "DEAD", null, outcome.statusCode(), outcome.error());
            case RETRY -> {
                Instant next = schedule.next(push.attempts() + 1, push.queuedAt(), Instant.now(), null);
                yield store.record(as, push.deliveryId(), next == null ? "DEAD" : "PENDING", next, outcome.statusCode(),
                        outcome.error());
            }
            case UNREGISTERED -> store.removeDead(push.installationId(), push.token()).invoke(removed -> {
                if (removed) {
                    LOG.infof("Device %s removed: its provider says its token is dead", push.installationId());
                }
            }).chain(removed -> removed ? Uni.createFrom().item(true)
                    : store.record(as, push.deliveryId(), "DEAD", null, outcome.statusCode(), outcome.error()));
        };
    }
}
