package ru.otklik.live.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.events.OutboxPosition;
import ru.otklik.shared.problem.ApiException;

/**
 * The live stream of the current caller: the events it may see, as they commit, each with its position in the
 * outbox as its id; resumed after the id a client last got ({@code Last-Event-ID}).
 */
@ApplicationScoped
public class LiveStreams {

    /** One message of a stream: an event (its id, type and envelope as JSON), or a heartbeat (all null). */
    public record LiveMessage(String id, String type, String json) {

        public boolean heartbeat() {
            return id == null;
        }
    }

    private final EventHub hub;
    private final LiveAudiences audiences;
    private final CallerResolver callers;
    private final ObjectMapper json;

    public LiveStreams(EventHub hub, LiveAudiences audiences, CallerResolver callers, ObjectMapper json) {
        this.hub = hub;
        this.audiences = audiences;
        this.callers = callers;
        this.json = json;
    }

    /** The caller's stream; a 400 naming the header when {@code lastEventId} is not an id of this stream. */
    public Multi<LiveMessage> stream(String lastEventId) {
        OutboxPosition after = lastEventId == null || lastEventId.isBlank() ? null : OutboxPosition.parse(lastEventId.strip());
        if (lastEventId != null && !lastEventId.isBlank() && after == null) {
            throw ApiException.invalid("Last-Event-ID", "live.last-event-id");
        }
        return audiences.of(callers.current())
                .onItem().transformToMulti(audience -> hub.stream(audience, after))
                .map(message -> message.heartbeat() ? new LiveMessage(null, null, null)
                        : new LiveMessage(message.event().position().token(), message.event().type(), write(message)));
    }

    private String write(EventHub.Message message) {
        try {
            return json.writeValueAsString(message.event().envelope());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise event " + message.event().id(), e);
        }
    }
}
