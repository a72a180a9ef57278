package ru.otklik.push.service;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.polls.service.PollAudiences;
import ru.otklik.push.repository.PushStore;
import ru.otklik.push.repository.PushStore.ForArea;
import ru.otklik.push.repository.PushStore.ForPerson;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.events.Followers;
import ru.otklik.shared.events.Followers.Followed;
import ru.otklik.shared.events.OutboxCursors;
import ru.otklik.shared.events.OutboxPosition;
import ru.otklik.shared.events.OutboxReader;
import ru.otklik.shared.events.PublishedEvent;
import ru.otklik.shared.schedule.PeriodicRound;

/**
 * Queues pushes from the outbox, in every instance, every poll interval: reads on from the follower {@code push}'s
 * place in commit order ({@link OutboxReader}), picks the events that have a push text, and queues each for the
 * devices it concerns, moving the place in the same transaction ({@link OutboxCursors}: of instances doing it at once,
 * one wins and the others read on from where it stopped).
 * <p>
 * Whom an event concerns is what the outbox says may see it, narrowed to people: an aggregate's events go to the
 * person it belongs to ({@code subject_oid}: an appeal's author, or the operator who filed it for someone), and
 * those of its events that are public facts (an answer, a status) also to its followers ({@link Followers}: an
 * appeal's supporters), with a title of their own ("an appeal you support"); a poll's
 * opening goes to the residents of its audience (devices whose owner's OKTMO starts with one of its prefixes). An
 * organisation's officials are never pushed to: they work in the inbox.
 */
@ApplicationScoped
public class PushFanOut {

    static final String FOLLOWER = "push";
    /** Reads in one round: a long backlog is caught up over several rounds. */
    private static final int READS_PER_ROUND = 20;

    private final OutboxReader reader;
    private final OutboxCursors cursors;
    private final PushStore store;
    private final PushTexts texts;
    private final PollAudiences polls;
    private final Followers followers;
    private final OtklikConfig.Push settings;
    private final PeriodicRound rounds;

    public PushFanOut(Vertx vertx, OutboxReader reader, OutboxCursors cursors, PushStore store, PushTexts texts,
            PollAudiences polls, Followers followers, OtklikConfig config) {
        this.reader = reader;
        this.cursors = cursors;
        this.store = store;
        this.texts = texts;
        this.polls = polls;
        this.followers = followers;
        this.settings = config.push();
        this.rounds = PeriodicRound.of(vertx, "Push fan-out", settings.pollInterval(), () -> round(0));
    }

    void start(@Observes StartupEvent event) {
        rounds.start();
    }

    void stop(@Observes ShutdownEvent event) {
        rounds.stop();
    }

    /** Reads on until the horizon (or a bound); how many events it queued pushes for. */
    Uni<Integer> round(int reads) {
        return cursors.position(FOLLOWER).chain(from -> reader.read(from).chain(window -> {
            if (window.end().equals(from)) {
                return Uni.createFrom().item(0);
            }
            return targets(window.events()).chain(targets -> cursors.advance(FOLLOWER, from, window.end(),
                    connection -> store.enqueue(connection, targets.persons(), targets.areas()))
                    .chain(moved -> {
                        int queued = moved ? targets.persons().size() + targets.areas().size() : 0;
                        return window.more() && reads + 1 < READS_PER_ROUND
                                ? round(reads + 1).map(more -> more + queued)
                                : Uni.createFrom().item(queued);
                    }));
        }));
    }

    private record Targets(List<ForPerson> persons, List<ForArea> areas) {
    }

    private Uni<Targets> targets(List<PublishedEvent> events) {
        List<ForPerson> persons = new ArrayList<>();
        List<PublishedEvent> openings = new ArrayList<>();
        List<PublishedEvent> followed = new ArrayList<>();
        for (PublishedEvent event : events) {
            if (texts.pushedToFollowers(event.type())) {
                followed.add(event);
            }
            if (!texts.pushed(event.type())) {
                continue;
            }
            if ("poll".equals(event.aggregateKind())) {
                openings.add(event);
            } else if (event.subjectOid() != null) {
                persons.add(new ForPerson(event.id(), event.subjectOid(), false));
            }
        }
        // one statement for the whole window: who follows each aggregate whose events it pushes to followers
        Uni<List<ForPerson>> toFollowers = followers.of(followed.stream()
                .map(event -> new Followed(event.aggregateKind(), event.aggregateId())).toList())
                .map(byAggregate -> followed.stream()
                        .flatMap(event -> byAggregate.getOrDefault(new Followed(event.aggregateKind(), event.aggregateId()),
                                List.of()).stream()
                                // the owner hears of it as the owner, once
                                .filter(oid -> !oid.equals(event.subjectOid()))
                                .map(oid -> new ForPerson(event.id(), oid, true)))
                        .toList());
        return toFollowers.chain(fromFollowing -> Multi.createFrom().iterable(openings)
                .onItem().transformToUniAndConcatenate(event -> polls.prefixesOf(event.aggregateId())
                        .map(prefixes -> prefixes.stream().map(prefix -> new ForArea(event.id(), prefix)).toList()))
                .collect().asList()
                .map(areas -> {
                    persons.addAll(fromFollowing);
                    return new Targets(persons, areas.stream().flatMap(List::stream).toList());
                }));
    }

    /** Where the fan-out stands: for tests that start after events they must not hear of. */
    Uni<OutboxPosition> position() {
        return cursors.position(FOLLOWER);
    }
}
