package ru.otklik.live.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseHeader;
import org.jboss.resteasy.reactive.RestHeader;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Multi;
import ru.otklik.live.service.LiveStreams;
import ru.otklik.live.service.LiveStreams.LiveMessage;
import ru.otklik.shared.rest.ProblemResponses;

/** {@code GET /api/v1/events/stream}: Server-Sent Events of what the caller may see, resumable. */
@Path("/api/v1/events/stream")
@Tag(name = "live")
@Authenticated
@ProblemResponses.Secured
public class EventStreamResource {

    private final LiveStreams streams;

    public EventStreamResource(LiveStreams streams) {
        this.streams = streams;
    }

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @ResponseHeader(name = "X-Accel-Buffering", value = "no")
    @Operation(operationId = "streamEvents", summary = "Live events", description = """
            The events of the catalogue the caller may see, as they commit: a citizen those of their appeals, an \
            official their organisations', a partner its organisations', a moderator all. Each message has `id:` (its \
            place in the outbox), `event:` (the type) and `data:` (the event envelope as JSON); comment lines are \
            heartbeats. Reconnect with `Last-Event-ID` to receive what was missed. A client that does not keep up is \
            disconnected and resumes the same way.""")
    @APIResponse(responseCode = "200", description = "text/event-stream")
    @ProblemResponses.BadRequest
    public Multi<OutboundSseEvent> stream(@RestHeader("Last-Event-ID")
            @Parameter(description = "The id of the last message received, to resume after it") String lastEventId, @Context Sse sse) {
        return streams.stream(lastEventId).map(message -> toSse(message, sse));
    }

    private static OutboundSseEvent toSse(LiveMessage message, Sse sse) {
        if (message.heartbeat()) {
            return sse.newEventBuilder().comment("heartbeat").build();
        }
        return sse.newEventBuilder().id(message.id()).name(message.type()).data(message.json()).build();
    }
}
