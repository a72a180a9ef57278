package ru.otklik.polls.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.polls.service.PollLifecycle;
import ru.otklik.shared.rest.ActionParams;

/** The lifecycle actions {@code POST /api/v1/polls/{id}/<action>} of the owning organisation. */
@Path("/api/v1/polls")
@Tag(name = "polls")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class PollActionResource {

    private final PollLifecycle lifecycle;

    public PollActionResource(PollLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishPoll", summary = "Publish", description = """
            DRAFT → PUBLISHED, frozen. The whole poll is checked: at least one question, 2..20 distinct options, choices \
            within the options, both ends of each scale, an end after the start and a start not more than a minute ago.""")
    @PollActionResponses
    public Uni<Response> publish(@BeanParam ActionParams params) {
        return lifecycle.publish(params.request()).map(params::respond);
    }

    @POST
    @Path("/{id}/close")
    @Operation(operationId = "closePoll", summary = "Close early", description = "PUBLISHED → CLOSED before its end. A poll whose end has passed is closed already (409).")
    @PollActionResponses
    public Uni<Response> close(@BeanParam ActionParams params) {
        return lifecycle.close(params.request()).map(params::respond);
    }
}
