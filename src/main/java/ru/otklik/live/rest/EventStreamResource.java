package ru.otklik.live.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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

    /**
     * An event and a heartbeat exactly as RESTEasy Reactive writes them ({@code name:value} lines, a blank line after
     * each message; the data is the envelope on one line).
     */
    private static final String STREAM_EXAMPLE = "id:7731-1042\n"
            + "event:appeal.registered\n"
            + "data:{\"id\":1042,\"type\":\"appeal.registered\",\"occurredAt\":\"2026-03-12T02:14:07.412365Z\","
            + "\"aggregate\":{\"kind\":\"appeal\",\"id\":123},\"organisationId\":2,\"payload\":{\"appealId\":123,"
            + "\"number\":\"38-2026-000123\",\"status\":\"REGISTERED\",\"organisationId\":2,\"categoryId\":8,"
            + "\"dueDate\":\"2026-03-26\",\"dueDateProvisional\":false}}\n"
            + "\n"
            + ":heartbeat\n"
            + "\n";

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
    @APIResponse(responseCode = "200", description = "Server-Sent Events until the client disconnects: each event's data is an Event",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING), example = STREAM_EXAMPLE))
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
