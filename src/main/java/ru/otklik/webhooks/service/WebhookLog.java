package ru.otklik.webhooks.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.webhooks.dto.DeliveryFilter;
import ru.otklik.webhooks.dto.DeliveryView;
import ru.otklik.webhooks.dto.ReplayInput;
import ru.otklik.webhooks.dto.ReplayView;
import ru.otklik.webhooks.repository.DeliveryQueries;

/**
 * What became of a subscription's deliveries (every attempt, its status and how long the partner took), and replays:
 * of one delivery, or of every event that happened in a time range, queued after everything queued before.
 */
@ApplicationScoped
public class WebhookLog {

    private final WebhookAccess access;
    private final WebhookSubscriptions subscriptions;
    private final SubscriptionChanges changes;
    private final DeliveryQueries deliveries;
    private final int maxReplay;

    public WebhookLog(WebhookAccess access, WebhookSubscriptions subscriptions, SubscriptionChanges changes,
            DeliveryQueries deliveries, OtklikConfig config) {
        this.access = access;
        this.subscriptions = subscriptions;
        this.changes = changes;
        this.deliveries = deliveries;
        this.maxReplay = config.webhooks().maxReplay();
    }

    public Uni<Page<DeliveryView>> deliveries(long id, DeliveryFilter filter, PageRequest page) {
        return access.manager().chain(manager -> subscriptions.visible(manager, id))
                .chain(() -> deliveries.log(id, filter.status, page));
    }

    public Uni<ReplayView> replay(long id, long deliveryId) {
        return access.manager().chain(manager -> subscriptions.visible(manager, id))
                .chain(() -> changes.replay(id, deliveryId))
                .map(queued -> {
                    if (!queued) {
                        throw ApiException.notFound("webhook.delivery.not-found", Long.toString(deliveryId));
                    }
                    return new ReplayView(1);
                });
    }

    public Uni<ReplayView> replay(long id, ReplayInput range) {
        if (!range.from().isBefore(range.to())) {
            return Uni.createFrom().failure(ApiException.invalid("to", "webhook.replay.range"));
        }
        return access.manager().chain(manager -> subscriptions.visible(manager, id))
                .chain(() -> changes.replay(id, range.from(), range.to(), maxReplay))
                .map(queued -> {
                    if (queued < 0) {
                        throw ApiException.invalid("from", "webhook.replay.too-many", maxReplay);
                    }
                    return new ReplayView(queued);
                });
    }
}
