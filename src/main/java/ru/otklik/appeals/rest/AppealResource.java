package ru.otklik.appeals.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import ru.otklik.appeals.repository.AttachmentRepository;
import ru.otklik.appeals.service.AppealActor;
import ru.otklik.appeals.service.AppealService;
import ru.otklik.appeals.service.AttachmentService;
import ru.otklik.shared.caller.Caller;
import ru.otklik.shared.caller.CallerResolver;
import ru.otklik.shared.idempotency.Idempotency;
import ru.otklik.shared.idempotency.Idempotency.Outcome;
import ru.otklik.shared.paging.Page;
import ru.otklik.shared.paging.PageRequest;
import ru.otklik.shared.problem.ApiException;
import ru.otklik.shared.problem.ProblemType;
import ru.otklik.shared.rest.ProblemResponses;

@Path("/api/v1/appeals")
@Tag(name = "appeals", description = "Citizens' appeals and their lifecycle; see the state diagram in the README")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ProblemResponses.Secured
public class AppealResource {

    private static final String IF_MATCH = "The ETag (version) the action is meant for, e.g. \"3\"; 409 when the appeal has changed since";
    private static final String IDEMPOTENCY_KEY = "A unique key per intended write (e.g. a UUID): a retry with the same key and body returns the first response; kept 24 h";

    private final AppealService service;
    private final AttachmentService attachments;
    private final CallerResolver callers;
    private final Idempotency idempotency;
    private final Vertx vertx;

    public AppealResource(AppealService service, AttachmentService attachments, CallerResolver callers,
            Idempotency idempotency, Vertx vertx) {
        this.service = service;
        this.attachments = attachments;
        this.callers = callers;
        this.idempotency = idempotency;
        this.vertx = vertx;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File an appeal", description = """
            A citizen with a confirmed account (trusted) files for themselves (PORTAL, WIDGET, MOBILE); an OPERATOR \
            files for a caller or visitor (CONTACT_CENTER, MFC) with the applicant's name and phone. The appeal is \
            routed to the responsible organisation, numbered RR-YYYY-NNNNNN and SUBMITTED for moderation. \
            Send an Idempotency-Key to retry safely.""")
    @APIResponse(responseCode = "201", description = "Filed; Location names it",
            content = @Content(schema = @Schema(implementation = AppealView.class)))
    @APIResponse(responseCode = "422", description = "No organisation handles this category there (`unroutable`), or the idempotency key was used for another request",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ru.otklik.shared.problem.Problem.class)))
    @ProblemResponses.BadRequest
    public Uni<Response> file(@Valid @NotNull AppealInput input, @Context UriInfo uri, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        Caller caller = callers.current();
        return service.actor(caller).chain(actor -> service.prepareFiling(actor, input)
                .chain(filing -> idempotency.run(caller.oid(), key, "POST", uri.getPath(), input,
                        () -> service.file(actor, input, filing), outcome -> render(outcome, actor, uri))));
    }

    @GET
    @Operation(summary = "Appeals the caller may see", description = """
            Own appeals for a citizen, those entered for an operator, the inbox of each organisation an official acts \
            for (registered appeals, priority first, nearest due date first), everything for a moderator. Newest \
            first unless sort=due.""")
    @ProblemResponses.BadRequest
    @APIResponse(responseCode = "200", description = "A page of appeals")
    public Uni<Page<AppealSummary>> list(@Valid @BeanParam AppealFilter filter, @Valid @BeanParam PageRequest page) {
        return service.actor(callers.current()).chain(actor -> service.list(filter, actor, page));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One appeal", description = "With the actions the caller may take now. ETag carries the version for If-Match.")
    @APIResponse(responseCode = "200", description = "The appeal", content = @Content(schema = @Schema(implementation = AppealView.class)))
    @ProblemResponses.NotFound
    public Uni<Response> get(@RestPath long id) {
        return service.actor(callers.current()).chain(actor -> service.get(id, actor))
                .map(view -> withTag(Response.ok(view), view));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Every step of the appeal", description = "Who (role and oid), when, from which status to which, and why.")
    @ProblemResponses.NotFound
    @APIResponse(responseCode = "200", description = "The steps, oldest first")
    public Uni<List<HistoryEntryView>> history(@RestPath long id) {
        return service.actor(callers.current()).chain(actor -> service.history(id, actor));
    }

    @POST
    @Path("/{id}/moderate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moderate", description = "Role: MODERATOR. SUBMITTED → REGISTERED (the deadline starts) or REJECTED with a reason.")
    @ActionResponses
    public Uni<Response> moderate(@RestPath long id, @Valid @NotNull Actions.Moderate body, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return service.calendar().chain(days -> act(uri, key, body, actor -> service.moderate(id, actor, version(ifMatch), body, days)));
    }

    @POST
    @Path("/{id}/take")
    @Operation(summary = "Take into work", description = "Official of the handling organisation. REGISTERED or REDIRECTED → IN_PROGRESS.")
    @ActionResponses
    public Uni<Response> take(@RestPath long id, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return act(uri, key, null, actor -> service.take(id, actor, version(ifMatch)));
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer", description = "Official of the handling organisation. IN_PROGRESS → ANSWERED. Files uploaded while IN_PROGRESS go with the answer.")
    @ActionResponses
    public Uni<Response> answer(@RestPath long id, @Valid @NotNull Actions.Answer body, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return act(uri, key, body, actor -> service.answer(id, actor, version(ifMatch), body));
    }

    @POST
    @Path("/{id}/redirect")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Redirect to another organisation", description = "Official of the handling organisation. The deadline does not restart; the old organisation keeps only the history of its own steps.")
    @ActionResponses
    public Uni<Response> redirect(@RestPath long id, @Valid @NotNull Actions.Redirect body, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return service.redirectTarget(body).chain(target -> act(uri, key, body,
                actor -> service.redirect(id, actor, version(ifMatch), body, target)));
    }

    @POST
    @Path("/{id}/extend")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extend the deadline", description = "Official of the handling organisation; once per appeal, by at most the category's deadline in working days.")
    @ActionResponses
    public Uni<Response> extend(@RestPath long id, @Valid @NotNull Actions.Extend body, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return service.calendar().chain(days -> act(uri, key, body, actor -> service.extend(id, actor, version(ifMatch), body, days)));
    }

    @POST
    @Path("/{id}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw", description = "The author (or the operator who entered it), before the answer → WITHDRAWN.")
    @ActionResponses
    public Uni<Response> withdraw(@RestPath long id, @Valid Actions.Withdraw body, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return act(uri, key, body, actor -> service.withdraw(id, actor, version(ifMatch), body));
    }

    @POST
    @Path("/{id}/rate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate the answer", description = "The author, 1..5, after the answer → CLOSED.")
    @ActionResponses
    public Uni<Response> rate(@RestPath long id, @Valid @NotNull Actions.Rate body, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return act(uri, key, body, actor -> service.rate(id, actor, version(ifMatch), body));
    }

    @POST
    @Path("/{id}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for re-examination", description = "The author, once, within 30 days of the answer → IN_PROGRESS at the same organisation with a new deadline.")
    @ActionResponses
    public Uni<Response> reopen(@RestPath long id, @Valid @NotNull Actions.Reopen body, @Context UriInfo uri,
            @Parameter(description = IF_MATCH) @RestHeader("If-Match") String ifMatch, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        return service.calendar().chain(days -> act(uri, key, body, actor -> service.reopen(id, actor, version(ifMatch), body, days)));
    }

    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a file", description = """
            Form field `file`: JPEG, PNG or PDF (checked by content), at most 10 MB, at most 5 per side. The author \
            attaches before registration; the handling official while IN_PROGRESS, for the answer.""")
    @APIResponse(responseCode = "201", description = "Attached; Location names the file",
            content = @Content(schema = @Schema(implementation = AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Larger than 10 MB", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "Not a JPEG, PNG or PDF", content = @Content(mediaType = "application/problem+json"))
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public Uni<Response> attach(@RestPath long id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @Context UriInfo uri, @Parameter(description = IDEMPOTENCY_KEY) @RestHeader("Idempotency-Key") String key) {
        if (file == null || file.uploadedFile() == null) {
            return Uni.createFrom().failure(ApiException.invalid("file", "appeal.attachment.missing"));
        }
        if (file.size() > AttachmentService.MAX_BYTES) {
            return Uni.createFrom().failure(new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "appeal.attachment.too-large"));
        }
        Caller caller = callers.current();
        return vertx.fileSystem().readFile(file.uploadedFile().toString())
                .map(buffer -> buffer.getBytes())
                // hashing 10 MB takes a while: not on the event loop
                .chain(content -> vertx.executeBlocking(Uni.createFrom().item(() -> AttachmentService.sha256Hex(content)))
                        .chain(sha256 -> service.actor(caller).chain(actor -> idempotency.run(caller.oid(), key, "POST",
                                uri.getPath(), new Fingerprint(file.fileName(), sha256),
                                () -> attachments.attach(id, actor, file.fileName(), content, sha256),
                                outcome -> attachments.metadata(id, outcome.resourceId(), actor)
                                        .map(view -> respond(outcome, view, uri).build())))));
    }

    /** What identifies an upload for its idempotency key: the name and the content's hash. */
    record Fingerprint(String fileName, String sha256) {
    }

    @GET
    @Path("/{id}/attachments/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file", description = "To whoever may see the appeal.")
    @APIResponse(responseCode = "200", description = "The file, with its type", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @ProblemResponses.NotFound
    public Uni<Response> download(@RestPath long id, @RestPath long attachmentId) {
        return service.actor(callers.current())
                .chain(actor -> attachments.download(id, attachmentId, actor))
                .map(AppealResource::fileResponse);
    }

    private Uni<Response> act(UriInfo uri, String key, Object body, Function<AppealActor, Uni<Outcome>> action) {
        Caller caller = callers.current();
        return service.actor(caller).chain(actor -> idempotency.run(caller.oid(), key, "POST", uri.getPath(), body,
                () -> action.apply(actor), outcome -> render(outcome, actor, uri)));
    }

    /**
     * The response of a write, rendered after its commit: the appeal as the caller sees it now. A replay shows it only
     * if the caller may still see it (an official who redirected it away may not): otherwise the status alone.
     */
    private Uni<Response> render(Outcome outcome, AppealActor actor, UriInfo uri) {
        Uni<AppealView> view = outcome.replayed()
                ? service.findVisible(outcome.resourceId(), actor)
                : service.afterWrite(outcome.resourceId(), actor);
        return view.map(appeal -> {
            Response.ResponseBuilder response = respond(outcome, appeal, uri);
            return appeal == null ? response.build() : withTag(response, appeal);
        });
    }

    /** Status, Location of what a POST created, the replay mark, and the body when there is one to show. */
    private static Response.ResponseBuilder respond(Outcome outcome, Object body, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(outcome.status());
        if (outcome.status() == 201) {
            response.location(uri.getAbsolutePathBuilder().path(Long.toString(outcome.resourceId())).build());
        }
        if (body != null) {
            response.entity(body);
        }
        return outcome.replayed() ? response.header(Idempotency.REPLAYED_HEADER, "true") : response;
    }

    private static Response withTag(Response.ResponseBuilder response, AppealView view) {
        return response.tag(new EntityTag(Integer.toString(view.version()))).build();
    }

    /** The version an {@code If-Match} header names ({@code "3"}, {@code W/"3"} or {@code 3}); null without one. */
    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || "*".equals(ifMatch.strip())) {
            return null;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Integer.valueOf(tag);
        } catch (NumberFormatException e) {
            throw ApiException.invalid(HttpHeaders.IF_MATCH, "appeal.if-match.format");
        }
    }

    private static Response fileResponse(AttachmentRepository.Content file) {
        String name = file.metadata().fileName();
        String fallback = name.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.bytes(), file.metadata().mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encoded)
                .header(HttpHeaders.CONTENT_LENGTH, file.bytes().length)
                .build();
    }
}
