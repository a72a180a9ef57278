package ru.otklik.polls.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.polls.dto.BallotInput;
import ru.otklik.polls.dto.BallotReceipt;
import ru.otklik.polls.service.PollBallots;
import ru.otklik.shared.problem.Problem;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.WriteParams;

/** {@code POST /api/v1/polls/{id}/ballots}: one ballot per person per poll, ever. */
@Path("/api/v1/polls")
@Tag(name = "polls")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class BallotResource {

    private final PollBallots ballots;

    public BallotResource(PollBallots ballots) {
        this.ballots = ballots;
    }

    @POST
    @Path("/{id}/ballots")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "castBallot", summary = "Vote", description = """
            One ballot per person per poll, ever; every required question answered, each answer valid for its kind. \
            403 untrusted-account on a trusted-only poll, 403 forbidden without an address in the account or outside \
            the audience; 409 conflict when the poll is not open, 409 duplicate when the caller has voted. The ballot \
            is secret: it has no id and no Location. Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "201", description = "Counted", content = @Content(schema = @Schema(implementation = BallotReceipt.class)))
    @APIResponse(responseCode = "409", description = "Not open (`conflict`) or already voted (`duplicate`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    public Uni<Response> vote(@RestPath long id, @BeanParam WriteParams params, @Valid @NotNull BallotInput body) {
        return ballots.cast(id, params.request(), body).map(params::respond);
    }
}
