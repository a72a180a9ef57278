package ru.otklik.live.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.shared.config.OtklikConfig;
import ru.otklik.shared.events.Audience;
import ru.otklik.shared.events.OutboxPosition;
import ru.otklik.shared.events.OutboxReader;
import ru.otklik.shared.events.PublishedEvent;
import ru.otklik.shared.schedule.PeriodicRound;

/**
 * The live streams of one instance. One poller follows the outbox in commit order ({@link OutboxReader}: every
 * instance sees every instance's events) and hands each event to the streams whose audience hears of it. A stream
 * that resumes after an event ({@code Last-Event-ID}) first reads what it missed from the outbox, up to where the
 * poller stood when it joined, while the poller keeps what comes after for it: no event is lost or sent twice.
 * Each stream holds at most {@code otklik.live.buffer} messages its client has not taken (the connection takes the
 * next one only when the last was written): a client that falls further behind gets what is held and is then
 * disconnected, to resume with {@code Last-Event-ID}; nothing more is kept for it, so no client makes memory grow.
 */
@ApplicationScoped
public class EventHub {

    /** What a stream sends: an event (with its position), or a heartbeat (no event). */
    public record Message(PublishedEvent event) {

        static final Message HEARTBEAT = new Message(null);

        public boolean heartbeat() {
            return event == null;
        }
    }

    private final OutboxReader reader;
    private final OtklikConfig.Live settings;
    private final Set<Stream> streams = ConcurrentHashMap.newKeySet();
    private OutboxPosition head;
    private final PeriodicRound reads;
    private final PeriodicRound heartbeats;

    public EventHub(Vertx vertx, OutboxReader reader, OtklikConfig config) {
        this.reader = reader;
        this.settings = config.live();
        this.reads = PeriodicRound.of(vertx, "Reading the outbox for live streams", settings.pollInterval(), this::poll);
        this.heartbeats = PeriodicRound.of(vertx, "Live heartbeat", settings.heartbeat(), () -> {
            streams.forEach(stream -> stream.offer(Message.HEARTBEAT));
            return Uni.createFrom().voidItem();
        });
    }

    void start(@Observes StartupEvent event) {
        head = reader.horizon().await().indefinitely();
        reads.start();
        heartbeats.start();
    }

    void stop(@Observes ShutdownEvent event) {
        reads.stop();
        heartbeats.stop();
        streams.forEach(Stream::close);
    }

    /**
     * A stream of the events this audience hears of: those after {@code after} (a resume), or from now on (null).
     * It ends when its client goes, or fails when the client falls too far behind.
     */
    public Multi<Message> stream(Audience audience, OutboxPosition after) {
        return Multi.createFrom().<Message> emitter(emitter -> join(new Stream(audience, emitter, settings.buffer()), after),
                settings.buffer());
    }

    private void join(Stream stream, OutboxPosition after) {
        OutboxPosition joinedAt;
        synchronized (this) {
            joinedAt = head;
            stream.cursor = after == null ? joinedAt : after;
            stream.catchingUp = stream.cursor.compareTo(joinedAt) < 0;
            streams.add(stream);
        }
        stream.emitter.onTermination(() -> streams.remove(stream));
        if (stream.catchingUp) {
            catchUp(stream, stream.cursor, joinedAt).subscribe().with(done -> stream.caughtUp(), stream::fail);
        }
    }

    /** What the stream missed, from the outbox: after {@code from} up to {@code until}, where the poller stood. */
    private Uni<Void> catchUp(Stream stream, OutboxPosition from, OutboxPosition until) {
        return reader.read(from).chain(window -> {
            for (PublishedEvent event : window.events()) {
                if (event.position().isAfter(until)) {
                    return Uni.createFrom().voidItem();
                }
                stream.send(event);
            }
            boolean more = window.more() && window.end().compareTo(until) < 0 && !stream.emitter.isCancelled();
            return more ? catchUp(stream, window.end(), until) : Uni.createFrom().voidItem();
        });
    }

    /** One read of the outbox, handed to the streams; with more to read, the next read follows at once. */
    private Uni<Void> poll() {
        OutboxPosition from;
        synchronized (this) {
            from = head;
        }
        return reader.read(from).invoke(window -> {
            synchronized (this) {
                window.events().forEach(event -> streams.forEach(stream -> stream.offer(new Message(event))));
                head = window.end();
            }
            if (window.more()) {
                reads.now();
            }
        }).replaceWithVoid();
    }

    /** One client's stream: where it stands, and the events it got while it was catching up. */
    private static final class Stream {

        private final Audience audience;
        private final MultiEmitter<? super Message> emitter;
        private OutboxPosition cursor;
        private boolean catchingUp;
        private final List<PublishedEvent> held = new ArrayList<>();
        private final int limit;

        Stream(Audience audience, MultiEmitter<? super Message> emitter, int limit) {
            this.audience = audience;
            this.emitter = emitter;
            this.limit = limit;
        }

        /** From the poller: sent now, or held while the stream catches up. */
        synchronized void offer(Message message) {
            if (message.heartbeat()) {
                emitter.emit(message);
            } else if (catchingUp) {
                if (!audience.hears(message.event())) {
                    return;
                }
                if (held.size() >= limit) {
                    emitter.fail(new IllegalStateException("The client fell behind while catching up"));
                    return;
                }
                held.add(message.event());
            } else {
                send(message.event());
            }
        }

        /** Sends the event if the client hears of it and has not had it. */
        synchronized void send(PublishedEvent event) {
            if (event.position().isAfter(cursor) && audience.hears(event)) {
                emitter.emit(new Message(event));
            }
            if (event.position().isAfter(cursor)) {
                cursor = event.position();
            }
        }

        synchronized void caughtUp() {
            held.forEach(this::send);
            held.clear();
            catchingUp = false;
        }

        void fail(Throwable failure) {
            emitter.fail(failure);
        }

        void close() {
            emitter.complete();
        }
    }
}
