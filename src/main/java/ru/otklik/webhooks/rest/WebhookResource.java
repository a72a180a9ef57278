package ru.otklik.webhooks.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.rest.ActionParams;
import ru.otklik.shared.rest.ProblemResponses;
import ru.otklik.shared.rest.Responses;
import ru.otklik.webhooks.dto.DeliveryFilter;
import ru.otklik.webhooks.dto.DeliveryView;
import ru.otklik.webhooks.dto.ReplayInput;
import ru.otklik.webhooks.dto.ReplayView;
import ru.otklik.webhooks.dto.SubscriptionInput;
import ru.otklik.webhooks.dto.SubscriptionView;
import ru.otklik.webhooks.service.WebhookLog;
import ru.otklik.webhooks.service.WebhookSubscriptions;

/** Webhook subscriptions of integration partners, their delivery log and replays; see the README for receivers. */
@Path("/api/v1/webhooks")
@Tag(name = "webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class WebhookResource {

    private final WebhookSubscriptions subscriptions;
    private final WebhookLog log;

    public WebhookResource(WebhookSubscriptions subscriptions, WebhookLog log) {
        this.subscriptions = subscriptions;
        this.log = log;
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Subscriptions", description = "A partner's own (role PARTNER); any partner's for an ADMIN, or one partner's with `partner`.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions, oldest first")
    @ProblemResponses.BadRequest
    public Uni<Page<SubscriptionView>> list(@RestQuery @Positive @Parameter(description = "ADMIN only: one partner's") Long partner,
            @Valid @BeanParam PageRequest page) {
        return subscriptions.list(partner, page);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "subscribeWebhook", summary = "Subscribe", description = """
            A partner subscribes an https URL to event types of the catalogue (appeal.* for a whole kind) of its \
            organisations; an ADMIN does it for a partner (partnerId). The answer carries the signing secret \
            (whsec_…), shown this once.""")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it; the secret is in the body",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @ProblemResponses.BadRequest
    public Uni<Response> create(@Valid @NotNull SubscriptionInput input, @Context UriInfo uri) {
        return subscriptions.create(input).map(created -> Responses.created(uri, created.id(), created));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One subscription", description = "With its status: DISABLED after too many dead deliveries in a row.")
    @APIResponse(responseCode = "200", description = "The subscription", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @ProblemResponses.NotFound
    public Uni<Response> get(@RestPath long id) {
        return subscriptions.get(id).map(Responses::ok);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceWebhookSubscription", summary = "Replace a subscription", description = "active=true enables a disabled one again: it resumes where it stopped.")
    @APIResponse(responseCode = "200", description = "The subscription as replaced", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Response> replace(@RestPath long id, @Valid @NotNull SubscriptionInput input,
            @RestHeader(HttpHeaders.IF_MATCH) @Parameter(description = "The ETag it is meant for") String ifMatch) {
        return subscriptions.replace(id, input, ActionParams.version(ifMatch)).map(Responses::ok);
    }

    @DELETE
    @Path("/{id}")
    @ResponseStatus(204)
    @Operation(operationId = "unsubscribeWebhook", summary = "Unsubscribe", description = "The subscription goes with its deliveries and their log.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @ProblemResponses.NotFound
    public Uni<Void> delete(@RestPath long id) {
        return subscriptions.delete(id);
    }

    @POST
    @Path("/{id}/rotate-secret")
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret", description = """
            A new secret, shown this once. The previous one keeps signing beside it (two v1 signatures) for the \
            overlap, so that the receiver can switch without losing a delivery.""")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<SubscriptionView> rotate(@RestPath long id, @RestQuery @Min(0) @Max(168)
            @Parameter(description = "Hours the previous secret keeps signing beside the new one (default 24; 0 ends it now)") Integer overlapHours) {
        return subscriptions.rotate(id, overlapHours);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The delivery log", description = "Newest first: each delivery with its attempts, HTTP status and latency.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<Page<DeliveryView>> deliveries(@RestPath long id, @Valid @BeanParam DeliveryFilter filter,
            @Valid @BeanParam PageRequest page) {
        return log.deliveries(id, filter, page);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @ResponseStatus(202)
    @Operation(operationId = "replayWebhookDelivery", summary = "Replay one delivery", description = "The same event (same webhook-id) is queued again, after everything queued so far.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = ReplayView.class)))
    @ProblemResponses.NotFound
    public Uni<ReplayView> replay(@RestPath long id, @RestPath long deliveryId) {
        return log.replay(id, deliveryId);
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @ResponseStatus(202)
    @Operation(operationId = "replayWebhookDeliveries", summary = "Replay a time range", description = "Every event the subscription was sent that happened in [from, to) is queued again, in order.")
    @APIResponse(responseCode = "202", description = "Queued", content = @Content(schema = @Schema(implementation = ReplayView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    public Uni<ReplayView> replayRange(@RestPath long id, @Valid @NotNull ReplayInput range) {
        return log.replay(id, range);
    }
}
