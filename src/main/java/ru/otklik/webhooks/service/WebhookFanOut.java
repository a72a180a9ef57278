package ru.otklik.webhooks.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.organisations.service.OrganisationService;
import ru.otklik.partners.dto.PartnerScope;
import ru.otklik.partners.service.PartnerScopes;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.events.Audience;
import ru.otklik.shared.events.EventCatalogue;
import ru.otklik.shared.events.OutboxPosition;
import ru.otklik.shared.events.OutboxReader;
import ru.otklik.shared.events.PublishedEvent;
import ru.otklik.shared.schedule.PeriodicRound;
import ru.otklik.webhooks.repository.DeliveryStore;
import ru.otklik.webhooks.repository.DeliveryStore.Following;

/**
 * Queues the events each active subscription should hear of, in every instance, every poll interval: from its
 * cursor, the outbox in commit order ({@link OutboxReader}); the events of its types whose organisation is in its
 * subtrees and still in its partner's scope become deliveries, and the cursor moves past everything read, in one
 * transaction that only one instance wins. A suspended partner's subscriptions wait where they are.
 */
@ApplicationScoped
public class WebhookFanOut {

    /** Reads per subscription in one round: a long backlog is caught up over several rounds, fairly. */
    private static final int READS_PER_ROUND = 20;

    private final OutboxReader reader;
    private final DeliveryStore store;
    private final PartnerScopes partners;
    private final OrganisationService organisations;
    private final OtklikConfig.Webhooks settings;
    private final PeriodicRound rounds;

    public WebhookFanOut(Vertx vertx, OutboxReader reader, DeliveryStore store, PartnerScopes partners,
            OrganisationService organisations, OtklikConfig config) {
        this.reader = reader;
        this.store = store;
        this.partners = partners;
        this.organisations = organisations;
        this.settings = config.webhooks();
        this.rounds = PeriodicRound.of(vertx, "Webhook fan-out", settings.pollInterval(), this::round);
    }

    void start(@Observes StartupEvent event) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent event) {
        rounds.stop();
    }

    /** One round over every active subscription; how many deliveries it queued. */
    public Uni<Integer> round() {
        Round round = new Round();
        return store.following().chain(following -> Multi.createFrom().iterable(following)
                .onItem().transformToUniAndConcatenate(subscription -> follow(subscription, round, 0))
                .collect().asList()
                .map(counts -> counts.stream().mapToInt(Integer::intValue).sum()));
    }

    private Uni<Integer> follow(Following subscription, Round round, int reads) {
        return round.window(subscription.cursor()).chain(window -> {
            if (window.end().equals(subscription.cursor())) {
                return Uni.createFrom().item(0);
            }
            return round.audience(subscription).chain(audience -> {
                if (audience == null) {
                    return Uni.createFrom().item(0);
                }
                List<PublishedEvent> heard = window.events().stream()
                        .filter(event -> EventCatalogue.matchesAny(subscription.eventTypes(), event.type()) && audience.hears(event))
                        .toList();
                return store.advance(subscription.subscriptionId(), subscription.cursor(), window.end(), heard)
                        .chain(moved -> !moved ? Uni.createFrom().item(0)
                                : !window.more() || reads + 1 >= READS_PER_ROUND ? Uni.createFrom().item(heard.size())
                                : follow(new Following(subscription.subscriptionId(), subscription.partnerId(),
                                        subscription.eventTypes(), subscription.organisationIds(), window.end()), round, reads + 1)
                                        .map(more -> more + heard.size()));
            });
        });
    }

    /** What one round reads once however many subscriptions need it: windows of the outbox, partners, subtrees. */
    private final class Round {

        private final Map<OutboxPosition, Uni<OutboxReader.Window>> windows = new HashMap<>();
        private final Map<Long, Uni<PartnerScope>> scopes = new HashMap<>();
        private final Map<List<Long>, Uni<Set<Long>>> subtrees = new HashMap<>();

        Uni<OutboxReader.Window> window(OutboxPosition after) {
            return windows.computeIfAbsent(after, position -> reader.read(position).memoize().indefinitely());
        }

        /** Who the subscription hears for: its subtrees within its partner's scope; null while the partner is suspended. */
        Uni<Audience> audience(Following subscription) {
            return scopes.computeIfAbsent(subscription.partnerId(), id -> partners.ofPartner(id).memoize().indefinitely())
                    .chain(scope -> scope == null || !scope.active() ? Uni.createFrom().<Audience>nullItem()
                            : subtrees.computeIfAbsent(subscription.organisationIds(),
                                    roots -> organisations.subtreeIds(roots).memoize().indefinitely())
                                    .map(ids -> new Audience(false, Set.copyOf(ids.stream().filter(scope::covers).toList()), null)));
        }
    }
}
