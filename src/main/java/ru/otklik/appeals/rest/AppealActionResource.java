package ru.otklik.appeals.rest;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.appeals.dto.Actions;
import ru.otklik.appeals.service.AppealLifecycle;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.ProblemResponses;

/** The lifecycle actions {@code POST /api/v1/appeals/{id}/<action>}; see the state diagram in the README. */
@Path("/api/v1/appeals")
@Tag(name = "appeals")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class AppealActionResource {

    private final AppealLifecycle lifecycle;

    public AppealActionResource(AppealLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @POST
    @Path("/{id}/moderate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moderateAppeal", summary = "Moderate", description = "Role: MODERATOR. SUBMITTED → REGISTERED (the deadline starts) or REJECTED with a reason.")
    @ActionResponses
    @CountsDeadline
    public Uni<Response> moderate(@BeanParam ActionParams params, @Valid @NotNull Actions.Moderate body) {
        return lifecycle.moderate(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/take")
    @Operation(operationId = "takeAppeal", summary = "Take into work", description = "Official of the handling organisation. REGISTERED or REDIRECTED → IN_PROGRESS.")
    @ActionResponses
    public Uni<Response> take(@BeanParam ActionParams params) {
        return lifecycle.take(params.request()).map(params::respond);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "answerAppeal", summary = "Answer", description = "Official of the handling organisation. IN_PROGRESS → ANSWERED. Files uploaded while IN_PROGRESS go with the answer.")
    @ActionResponses
    public Uni<Response> answer(@BeanParam ActionParams params, @Valid @NotNull Actions.Answer body) {
        return lifecycle.answer(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/redirect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "redirectAppeal", summary = "Redirect to another organisation", description = "Official of the handling organisation. The deadline does not restart; the old organisation keeps only the history of its own steps.")
    @ActionResponses
    public Uni<Response> redirect(@BeanParam ActionParams params, @Valid @NotNull Actions.Redirect body) {
        return lifecycle.redirect(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "extendAppeal", summary = "Extend the deadline", description = "Official of the handling organisation; once per appeal, by at most the category's deadline in working days.")
    @ActionResponses
    @CountsDeadline
    public Uni<Response> extend(@BeanParam ActionParams params, @Valid @NotNull Actions.Extend body) {
        return lifecycle.extend(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "withdrawAppeal", summary = "Withdraw", description = "The author (or the operator who entered it), before the answer → WITHDRAWN.")
    @ActionResponses
    public Uni<Response> withdraw(@BeanParam ActionParams params, @Valid Actions.Withdraw body) {
        return lifecycle.withdraw(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/rate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rateAppeal", summary = "Rate the answer", description = "The author, 1..5, after the answer → CLOSED.")
    @ActionResponses
    public Uni<Response> rate(@BeanParam ActionParams params, @Valid @NotNull Actions.Rate body) {
        return lifecycle.rate(params.request(), body).map(params::respond);
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenAppeal", summary = "Ask for re-examination", description = "The author, once, within 30 days of the answer → IN_PROGRESS at the same organisation with a new deadline.")
    @ActionResponses
    @CountsDeadline
    public Uni<Response> reopen(@BeanParam ActionParams params, @Valid @NotNull Actions.Reopen body) {
        return lifecycle.reopen(params.request(), body).map(params::respond);
    }
}
